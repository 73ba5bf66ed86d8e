/**
 * How many search shards build-search.ts indexes at once: as many as there are cores, and no more than a
 * memory budget (SEARCH_MEMORY_GIB, src/config.ts) holds at the memory Pagefind takes per report. The
 * budget, not the memory free when the build starts, decides: free memory counted two shards of 5,000 at
 * once on a 24 GiB machine, 20.89 GiB at peak.
 */

export interface ShardSchedule {
  /** Shard processes at once (at least 1). */
  parallel: number;
  /** Memory the largest shard is expected to take, in bytes. */
  shardBytes: number;
  /** The largest shard alone is expected to exceed the budget (it is indexed all the same, one shard at a time). */
  overBudget: boolean;
}

/** The parallelism for shards of `shardSizes` reports each, with a budget of `budgetBytes`, `cores` cores and `bytesPerReport`. */
export function shardSchedule(shardSizes: number[], budgetBytes: number, cores: number, bytesPerReport: number): ShardSchedule {
  const shardBytes = Math.max(1, ...shardSizes) * bytesPerReport;
  const fits = Math.floor(budgetBytes / shardBytes);
  return { parallel: Math.max(1, Math.min(shardSizes.length, cores, fits)), shardBytes, overBudget: fits < 1 };
}
