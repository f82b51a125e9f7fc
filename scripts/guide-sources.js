// What each screenshot of the facilities' guide (docs/ja/手引き.md) is taken from, made with the built
// program, and a digest of each source that ignores only what changes from run to run without changing
// the picture (a workbook's creation time, the report's 作成日). scripts/screenshots.js records the digests
// in docs/ja/img/screenshots.json when it takes the pictures; test/docs/screenshots.test.ts makes the
// sources again and fails when a digest differs: the picture is older than what it shows.
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const JSZip = require('jszip');

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'dokodemo-check.js');
const PAGE = join(ROOT, 'dist', 'web', 'dokodemo-check.html');
const EXAMPLE = join(ROOT, 'examples', 'clinic-with-findings.yaml');
const AS_OF = '2026-11-24';
const MANIFEST = join(ROOT, 'docs', 'ja', 'img', 'screenshots.json');

function run(args, cwd) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'ja_JP.UTF-8', NO_COLOR: '1' } });
  // 1 only says that the ledger has findings, which is what the pictures show.
  if (result.status !== 0 && result.status !== 1) throw new Error(`dokodemo-check ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return result;
}

/**
 * Makes the sources in `work` (a folder of the caller's): the template (`init 台帳.xlsx`), the example
 * as a workbook (`convert`), its marked copy (`-f xlsx`) and its report (`-f html`), as a facility would.
 */
function makeSources(work) {
  const paths = {
    template: join(work, 'template', '台帳.xlsx'),
    workbook: join(work, '台帳.xlsx'),
    marked: join(work, '台帳-指摘.xlsx'),
    report: join(work, '台帳-報告.html'),
    page: PAGE,
  };
  require('node:fs').mkdirSync(join(work, 'template'), { recursive: true });
  run(['init', '台帳.xlsx'], join(work, 'template'));
  run(['convert', EXAMPLE, '台帳.xlsx'], work);
  run(['台帳.xlsx', '--as-of', AS_OF, '--lang', 'ja', '-f', 'xlsx', '-o', '台帳-指摘.xlsx'], work);
  run(['台帳.xlsx', '--as-of', AS_OF, '--lang', 'ja', '-f', 'html', '-o', '台帳-報告.html'], work);
  return paths;
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** A workbook's parts, by name, without docProps/core.xml (its creation time). */
async function workbookDigest(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const hash = createHash('sha256');
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || name === 'docProps/core.xml') continue;
    hash.update(`${name}\0`);
    hash.update(await zip.files[name].async('nodebuffer'));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The report without the day it was made (作成日 / Generated). */
function reportDigest(file) {
  return sha256(readFileSync(file, 'utf8').replace(/(作成日|Generated): \d{4}-\d{2}-\d{2}/g, '$1: ----------'));
}

/** One digest per source kind; a picture names the kind it shows. */
async function digests(paths) {
  const workbook = await workbookDigest(paths.workbook);
  return {
    template: await workbookDigest(paths.template),
    // the page as built, with the example workbook chosen in it
    page: sha256(`${sha256(readFileSync(paths.page))}\n${workbook}`),
    marked: await workbookDigest(paths.marked),
    report: reportDigest(paths.report),
  };
}

module.exports = { ROOT, AS_OF, MANIFEST, PAGE, makeSources, digests };
