// Build step, after tsc and build-validator: writes dist/web/dokodemo-check.html, the offline checker
// page, from the CLI's own compiled modules (dist/) bundled for the browser. One self-contained file:
// script and styles inline, allowed by their hashes in a Content-Security-Policy that allows nothing
// else (no network, no frames, no forms) but the page's worker, which runs that same script from a Blob
// URL (src/web/entry.ts). Fails the build when the page would pass 2 MB.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const SOURCE = join(ROOT, 'src', 'web');
const PAGE = join(DIST, 'web', 'dokodemo-check.html');
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The modules that need Node, and the browser's versions of them (src/web/platform). */
const BROWSER_VERSIONS = {
  [join(DIST, 'load', 'utf8.js')]: join(DIST, 'web', 'platform', 'utf8.js'),
  [join(DIST, 'due', 'uid.js')]: join(DIST, 'web', 'platform', 'uid.js'),
};

/** Node's built-ins that the workbook's zip guard and zip writer use, and the page's versions of them
 * (zip-write.ts deflates with pako on both, so that the copies the page saves are the CLI's bytes). */
const BROWSER_BUILTINS = {
  'node:buffer': join(DIST, 'web', 'platform', 'buffer.js'),
  'node:zlib': join(DIST, 'web', 'platform', 'zlib.js'),
};

/** exceljs, for the copies the page saves (src/workbook/mark.ts, src/fix/workbook-apply.ts). */
const EXCELJS_BROWSER = join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.bare.min.js');

const browserPlatform = {
  name: 'browser-platform',
  setup(build) {
    // An ES module, so that esbuild sees its export's name (dist's modules are CommonJS).
    build.onResolve({ filter: /^browser-buffer-global$/ }, () => ({ path: 'buffer-global', namespace: 'absent' }));
    build.onResolve({ filter: /^node:/ }, (args) => (BROWSER_BUILTINS[args.path] ? { path: BROWSER_BUILTINS[args.path] } : undefined));
    // exceljs's browser build without its polyfills (core-js, regenerator): the browsers the page targets
    // have what they add, and the page stays further below its size limit.
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: EXCELJS_BROWSER }));
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = BROWSER_VERSIONS[`${resolve(args.resolveDir, args.path)}.js`];
      return target ? { path: target } : undefined;
    });
    // ajv's schema compiler is only the fallback for running from the sources without a build.
    build.onResolve({ filter: /^\.\/compile$/ }, (args) =>
      args.importer === join(DIST, 'schema', 'validate.js') ? { path: 'compile', namespace: 'absent' } : undefined);
    build.onLoad({ filter: /^buffer-global$/, namespace: 'absent' }, () => ({ contents: "export { Buffer } from 'buffer';", loader: 'js', resolveDir: ROOT }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
      contents: "module.exports = { compileLedgerSchema() { throw new Error('dist/schema/ledger-validator.js is missing: run npm run build'); } };",
      loader: 'js',
    }));
  },
};

async function bundleScript() {
  const result = await require('esbuild').build({
    entryPoints: [join(DIST, 'web', 'entry.js')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [browserPlatform],
    // The global `Buffer` (zip-guard.ts, sheets.ts) is the buffer package's; exceljs brings its own.
    inject: ['browser-buffer-global'],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text.trim();
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline code must not end its element early (nor, in a script, open an HTML comment). */
function assertInlineSafe(element, text) {
  const unsafe = element === 'script' ? /<\/script|<!--/i : /<\/style/i;
  if (unsafe.test(text)) throw new Error(`the inline ${element} contains ${unsafe.source}`);
}

const ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#123e6b"/><path d="M9 16.5l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;

async function buildPage() {
  const script = await bundleScript();
  const { HTML_STYLE } = require(join(DIST, 'reporters', 'html-style.js'));
  const style = `${readFileSync(join(SOURCE, 'page.css'), 'utf8')}\n/* The CLI's HTML report (src/reporters/html-style.ts), for printing. */\n@media print {${HTML_STYLE}}\n`;
  assertInlineSafe('script', script);
  assertInlineSafe('style', style);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    // The second: the report's own <style>, met when the page parses renderHtml's output to print it.
    `style-src ${sha256(style)} ${sha256(HTML_STYLE)}`,
    'img-src data:',
    // The page's worker, started from the page's own script as a Blob URL (src/web/runner.ts).
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const values = {
    CSP: csp,
    VERSION: require(join(ROOT, 'package.json')).version,
    ICON,
    STYLE: style,
    SCRIPT: script,
  };
  const page = readFileSync(join(SOURCE, 'page.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name) => values[name]);
  const size = Buffer.byteLength(page);
  if (size > MAX_PAGE_BYTES) throw new Error(`the page is ${size} bytes, over the 2 MB limit`);
  mkdirSync(join(DIST, 'web'), { recursive: true });
  writeFileSync(PAGE, page);
}

buildPage().catch((error) => {
  console.error(`dokodemo-check: the offline page was not built: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
