/**
 * Glossary popovers: hovering or focusing a marked term shows its definition
 * (term, pinyin, English, explanation) beside it; Escape or leaving closes it.
 * On touch screens the first tap shows the definition, the second follows the
 * link to the entry. Without JavaScript the mark is simply that link.
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

  const show = (link: HTMLAnchorElement) => {
    const definition = document.getElementById(`gl-def-${link.dataset.term}`);
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

  const termOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLAnchorElement>('a.term') ?? null;
  document.addEventListener('mouseover', (event) => {
    const link = termOf(event.target);
    if (link) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (termOf(event.target) && !termOf(event.relatedTarget)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = termOf(event.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) hide();
  });
  document.addEventListener('click', (event) => {
    const link = termOf(event.target);
    if (!link || !matchMedia('(hover: none)').matches) return;
    if (current !== link || popover.hidden) {
      event.preventDefault();
      show(link);
    }
  });
}
