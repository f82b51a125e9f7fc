// The CLI's file parts at the edges the first mutation run of src/cli left open (see parts-exact): an
// existing output beside an existing input, files on two devices with the same inode number, a /dev/
// inside another path, and a report folder that exists already or whose parents do not.
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { tempDirs } from '../helpers/temp';
import { thrown } from '../helpers/thrown';

const output = freshFunctionsPerTest(() => require('../../src/cli/output-file') as typeof import('../../src/cli/output-file'));
const reportFile = freshFunctionsPerTest(() => require('../../src/cli/report-file') as typeof import('../../src/cli/report-file'));
const temp = tempDirs();

describe('output-file.ts', () => {
  it('an existing output that is not the input needs --force, however many inputs exist', () => {
    const directory = temp.make('cli-edges-');
    writeFileSync(join(directory, 'in.yaml'), 'ledger');
    writeFileSync(join(directory, 'other.yaml'), 'other');
    writeFileSync(join(directory, 'out.yaml'), 'old');
    expect(thrown(() => output.checkOutput(join(directory, 'out.yaml'), 'out.yaml', { inputs: [join(directory, 'in.yaml'), join(directory, 'other.yaml')] }))).toStrictEqual({
      usage: { ja: 'out.yaml はすでにあります。上書きする場合は --force を付けてください', en: 'out.yaml already exists; use --force to overwrite it' },
    });
    expect(thrown(() => output.checkOutput(join(directory, 'out.yaml'), 'out.yaml', { force: true, inputs: [join(directory, 'in.yaml')] }))).toBe('nothing thrown');
  });
});

describe('report-file.ts', () => {
  it('tells files on two devices apart though their inode numbers are the same', () => {
    // The roots of /proc and /sys are inode 1 each, on two devices.
    expect(statSync('/proc').ino).toBe(statSync('/sys').ino);
    expect(statSync('/proc').dev).not.toBe(statSync('/sys').dev);
    expect(thrown(() => reportFile.guardOutput('/sys', [{ name: '/proc', path: '/proc', read: () => Buffer.from('') }], '/'))).toBe('nothing thrown');
  });

  it('replaces a file under a folder named dev, written in place only for /dev/ itself', () => {
    const directory = temp.make('cli-edges-');
    mkdirSync(join(directory, 'dev'));
    writeFileSync(join(directory, 'dev', 'r.txt'), 'old');
    linkSync(join(directory, 'dev', 'r.txt'), join(directory, 'dev', 'kept.txt'));
    reportFile.writeReport('dev/r.txt', 'new', directory);
    // Replaced: the other name of the old file still holds the old text.
    expect([readFileSync(join(directory, 'dev', 'r.txt'), 'utf8'), readFileSync(join(directory, 'dev', 'kept.txt'), 'utf8')]).toEqual(['new', 'old']);
    mkdirSync(join(directory, 'proc'));
    writeFileSync(join(directory, 'proc', 'r.txt'), 'old');
    linkSync(join(directory, 'proc', 'r.txt'), join(directory, 'proc', 'kept.txt'));
    reportFile.writeReport(join(directory, 'proc', 'r.txt'), 'new', '/');
    expect([readFileSync(join(directory, 'proc', 'r.txt'), 'utf8'), readFileSync(join(directory, 'proc', 'kept.txt'), 'utf8')]).toEqual(['new', 'old']);
  });
});

describe('report-folder.ts', () => {
  const LEDGER = readFileSync('examples/home-nursing-clean.yaml');

  it('writes into a folder that exists already, and makes its missing parents', () => {
    const directory = temp.make('cli-edges-');
    writeFileSync(join(directory, 'a.yaml'), LEDGER);
    mkdirSync(join(directory, 'out'));
    writeFileSync(join(directory, 'out', 'index.html'), 'old');
    const args = ['--as-of', '2026-11-24', '-f', 'html', join(directory, 'a.yaml'), '-o'];
    expect(runCli([...args, `${join(directory, 'out')}/`])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli([...args, `${join(directory, 'x', 'y')}/`])).toEqual({ code: 0, stdout: '', stderr: '' });
    const page = `1-${join(directory, 'a').slice(1).replace(/\//g, '_')}.html`;
    expect(readdirSync(join(directory, 'out')).sort()).toEqual([page, 'index.html']);
    expect(readdirSync(join(directory, 'x', 'y')).sort()).toEqual([page, 'index.html']);
    const index = readFileSync(join(directory, 'out', 'index.html'), 'utf8');
    expect(index.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(index).toContain('さくら訪問看護ステーション');
    expect(readFileSync(join(directory, 'x', 'y', page), 'utf8')).toContain('さくら訪問看護ステーション');
    expect(readFileSync(join(directory, 'x', 'y', 'index.html'), 'utf8')).toBe(index);
  });
});
