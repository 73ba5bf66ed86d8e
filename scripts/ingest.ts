/**
 * npm run ingest -- sources/<file> [--out content/reports/zh/<slug>.md]
 * Prints a Markdown draft of a source text (or writes it with --out) and
 * lists on stderr what the editor must still look at by hand.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeSource, ingest } from './lib/ingest.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const input = args.find((arg, index) => (!arg.startsWith('--') && index !== outIndex + 1) || (outIndex < 0 && !arg.startsWith('--')));
if (!input) {
  console.error('usage: npm run ingest -- sources/<file> [--out content/reports/zh/<slug>.md]');
  process.exit(2);
}
if (!existsSync(input)) {
  console.error(`${input}: no such file`);
  process.exit(2);
}
let decoded: ReturnType<typeof decodeSource>;
try {
  decoded = decodeSource(readFileSync(input), input);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
for (const note of decoded.notes) console.error(`note: ${note}`);
const { markdown, warnings } = ingest(decoded.text, basename(input));
if (out) {
  if (existsSync(out) && !args.includes('--force')) {
    console.error(`${out} exists and is finished by hand; pass --force to overwrite it`);
    process.exit(2);
  }
  writeFileSync(out, markdown);
  console.error(`wrote ${out}`);
} else {
  process.stdout.write(markdown);
}
for (const warning of warnings) console.error(`warning: ${warning}`);
