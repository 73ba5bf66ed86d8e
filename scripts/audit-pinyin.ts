/**
 * `npm run audit:pinyin [-- --all]`: the audit of Wenyan's printed pinyin (scripts/lib/pinyin-audit.ts).
 * Lists every annotation where pinyin-pro's reading in context disagrees with the print, or that an editor
 * flagged, with what was decided (flagged in the Markdown, accepted in content/pinyin-audit.yaml, or not
 * yet reviewed); `--all` lists every annotation. Exits 1 if a disagreement is not reviewed.
 */
import { readFileSync } from 'node:fs';
import { loadAccepted, printedAnnotations, verdict } from './lib/pinyin-audit.ts';

const file = 'content/reports/zh/wenyan.md';
const all = process.argv.includes('--all');
const annotations = printedAnnotations(readFileSync(file, 'utf8'));
const accepted = loadAccepted();
const counts = { agrees: 0, flagged: 0, accepted: 0, unreviewed: 0 };

for (const annotation of annotations) {
  const said = verdict(annotation, accepted);
  counts[said]++;
  if (said === 'agrees' && !all) continue;
  const right = annotation.flag ? ` → ${annotation.flag.read}` : '';
  console.log(
    `${file}:${annotation.line}\t${annotation.character}(${annotation.printed})${right}\tpinyin-pro ${annotation.expected || '–'}\tword ${annotation.word}\t${annotation.context}\t${said}`,
  );
}
const disagreements = annotations.filter((annotation) => verdict(annotation, []) !== 'agrees' || annotation.flag).length;
console.log(
  `\n${annotations.length} annotations; ${counts.agrees} agree with pinyin-pro; ${counts.flagged} flagged as wrong, ${counts.accepted} disagreements accepted, ${counts.unreviewed} not reviewed (${disagreements} disagree or are flagged)`,
);
if (counts.unreviewed > 0) {
  console.error(
    `${counts.unreviewed} disagreement(s) not reviewed: flag each in ${file} with :pinyin[…]{read="…" why="pinyin" note="…"} or accept it in content/pinyin-audit.yaml`,
  );
  process.exitCode = 1;
}
