/**
 * rehype-report-title: the title (s0) as the report page shows it, so the
 * page uses the HTML as it is. The Chinese title is the page's heading
 * (h1.title-zh); the translation's title stands beside it as a subtitle
 * (p.title-en), not as a second h1. Runs after rehype-anchors, which has
 * recorded the title as a section.
 */
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import type { FileKind } from '../edition/types.ts';
import { titleId } from '../edition/anchors.ts';

export interface ReportTitleOptions {
  kind: FileKind;
}

export default function rehypeReportTitle(options: ReportTitleOptions) {
  return (tree: Root) => {
    const title = select(`h1#${titleId}`, tree);
    if (!title || options.kind === 'prose') return;
    if (options.kind === 'translation') title.tagName = 'p';
    title.properties = { className: [options.kind === 'translation' ? 'title-en' : 'title-zh'], ...title.properties };
  };
}
