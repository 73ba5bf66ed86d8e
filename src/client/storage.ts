/** localStorage that never throws: in private mode or with storage blocked, a choice lasts for the page only. */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(`town-reports:${key}`);
    } catch {
      return null;
    }
  },
  set(key: string, value: string) {
    try {
      localStorage.setItem(`town-reports:${key}`, value);
    } catch {
      /* the choice lasts for this page only */
    }
  },
};
