// The cheap tests in front of the fast path's costly ones: each lets through every text its pattern
// accepts (else a value or a stop would change) and turns away the ordinary text it is there to skip.
import type { FastPathStop } from '../../src/load/fast-parse';
import { mayBeBool, mayBeNull, mayBeNumber } from '../../src/load/fast-parse';
import { parseFastPerTest } from '../helpers/fresh';

const parseFast = parseFastPerTest();

describe('the first-character tests in front of the core schema patterns', () => {
  it.each(['', '~', 'null', 'Null', 'NULL', 'nope', 'N'])('mayBeNull lets %j through', (text) => {
    expect(mayBeNull(text)).toBe(true);
  });
  it.each(['x', 'nulls', 'Nulls', '~~~~~', 'a', 'none!'])('mayBeNull turns %j away', (text) => {
    expect(mayBeNull(text)).toBe(false);
  });

  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tttt', 'fffff'])('mayBeBool lets %j through', (text) => {
    expect(mayBeBool(text)).toBe(true);
  });
  it.each(['t', 'tru', 'trues!', 'word', 'words', 'x', ''])('mayBeBool turns %j away', (text) => {
    expect(mayBeBool(text)).toBe(false);
  });

  it.each(['0', '9', '+1', '-1', '.5', '.inf', '-.inf', '0x1F', '0o17'])('mayBeNumber lets %j through', (text) => {
    expect(mayBeNumber(text)).toBe(true);
  });
  it.each(['', 'x', ' 1', 'a1', '~'])('mayBeNumber turns %j away', (text) => {
    expect(mayBeNumber(text)).toBe(false);
  });
});

describe('the document-marker and stream-BOM pre-checks', () => {
  // Left to the precise path before js-yaml reads them (`{}`: no stop recorded): text after `...` on
  // its line, and a BOM at a line start after a `...` line, with no other marker line in the text.
  it.each([
    ['... x\n', {}],
    ['...\n\ufeffa: 1\n', {}],
    // Inside a document a BOM is text, to both parsers.
    ['---\n\ufeffa: 1\n', { value: { '\ufeffa': 1 } }],
  ])('%j: %j', (text, expected) => {
    const stop: FastPathStop = {};
    const result = parseFast(text, stop);
    expect(result?.ok ? { value: result.ledger.value } : stop).toEqual(expected);
  });
});
