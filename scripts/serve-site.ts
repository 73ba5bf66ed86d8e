/**
 * Serves a built site on a loopback port until stopped: the web server of the
 * browser tests (playwright.config.ts), with the same static server as the
 * measuring scripts (scripts/lib/browser.ts).
 *
 *   node scripts/serve-site.ts [folder=dist] [port=4321]
 */
import { existsSync } from 'node:fs';
import { serve } from './lib/browser.ts';

const [root = 'dist', port = '4321'] = process.argv.slice(2);
if (!existsSync(`${root}/index.html`)) {
  console.error(`${root}/index.html is missing: run npm run build first`);
  process.exit(1);
}
const { url } = await serve(root, Number(port));
console.log(`serving ${root} at ${url}`);
