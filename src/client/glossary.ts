/**
 * Glossary definitions. Hovering or focusing a marked term shows its
 * definition (term, pinyin, English, explanation) beside it in a tooltip;
 * Escape or leaving closes it, and a click or Enter follows the link to the
 * entry. On touch screens a tap opens the definition in place instead, in a
 * bottom sheet (the modal #term-sheet of GlossaryDefs: focus stays inside,
 * Escape, the close button or a tap on the backdrop closes it, and focus
 * returns to the term) with links to the entry and the compare view; the URL
 * does not change. Without JavaScript the mark is simply that link.
 *
 * A tap also fires the compatibility events mouseover, focusin and click:
 * after a touch, mouseover and focusin leave the tooltip alone, and the click
 * opens the sheet whatever the tooltip was doing.
 */
const defs = document.querySelector('.glossary-defs');
if (defs) setUp();

function setUp() {
  const popover = document.createElement('div');
  popover.className = 'term-pop';
  popover.setAttribute('role', 'tooltip');
  popover.id = 'term-pop';
  popover.hidden = true;
  document.body.append(popover);
  let current: HTMLAnchorElement | null = null;
  /** The last pointer pressed was a finger (until a mouse, a pen or a key is used). */
  let touching = false;

  const definitionOf = (link: HTMLAnchorElement) => document.getElementById(`gl-def-${link.dataset.term}`);
  const copy = (definition: Element, selector: string) => [...definition.querySelectorAll(selector)].map((child) => child.cloneNode(true));

  const show = (link: HTMLAnchorElement) => {
    const definition = definitionOf(link);
    if (!definition) return;
    current = link;
    popover.replaceChildren(...[...definition.children].map((child) => child.cloneNode(true)));
    popover.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(320, innerWidth - 16);
    popover.style.width = `${width}px`;
    popover.style.left = `${Math.max(8, Math.min(box.left + scrollX, scrollX + innerWidth - width - 8))}px`;
    popover.style.top = `${box.bottom + scrollY + 6}px`;
  };
  const hide = () => {
    popover.hidden = true;
    current = null;
  };

  const sheet = document.querySelector<HTMLDialogElement>('#term-sheet');
  /** The term whose sheet is open, until focus is back on it: no tooltip meanwhile. */
  let opener: HTMLAnchorElement | null = null;
  /** Opens the definition of a term in the bottom sheet; false if there is none to open. */
  const openSheet = (link: HTMLAnchorElement): boolean => {
    const definition = definitionOf(link);
    if (!sheet || !definition) return false;
    hide();
    sheet.querySelector('.term-sheet-term')!.replaceChildren(...copy(definition, '.gl-def-head > *'));
    sheet.querySelector('.term-sheet-def')!.replaceChildren(...copy(definition, '.gl-def-en, .gl-def-text'));
    sheet.querySelector<HTMLAnchorElement>('.term-sheet-entry')!.href = (definition as HTMLElement).dataset.href!;
    sheet.querySelector<HTMLAnchorElement>('.term-sheet-compare')!.href = (definition as HTMLElement).dataset.compare!;
    opener = link;
    if (!sheet.open) sheet.showModal();
    return true;
  };
  // The dialog gives focus back to what had it before, if it can; the term may not have had it (a tap
  // need not focus a link).
  sheet?.addEventListener('close', () => {
    if (opener?.isConnected && document.activeElement !== opener) opener.focus();
    opener = null;
  });
  // A tap on the backdrop lands on the dialog itself (its content fills it).
  sheet?.addEventListener('click', (event) => {
    if (event.target === sheet) sheet.close();
  });

  const termOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLAnchorElement>('a.term') ?? null;
  document.addEventListener(
    'pointerdown',
    (event) => {
      touching = event.pointerType === 'touch';
    },
    { capture: true },
  );
  // A mouse that moves is a mouse (a tap's compatibility events are not pointer events).
  document.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'mouse') touching = false;
  });
  document.addEventListener('keydown', (event) => {
    touching = false;
    if (event.key === 'Escape' && !popover.hidden) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const link = termOf(event.target);
    if (link && !touching) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (termOf(event.target) && !termOf(event.relatedTarget)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = termOf(event.target);
    if (link && !touching && !opener) show(link);
    else if (current && link !== current) hide();
  });
  document.addEventListener('click', (event) => {
    const link = termOf(event.target);
    if (!link) return;
    // A click from the keyboard (Enter) has no pointer and follows the link, as a mouse click does.
    const pointer = event instanceof PointerEvent ? event.pointerType : '';
    const touch = pointer === 'touch' || (touching && event.detail > 0) || (event.detail > 0 && pointer !== 'mouse' && matchMedia('(hover: none)').matches);
    if (touch && openSheet(link)) event.preventDefault();
  });
}
