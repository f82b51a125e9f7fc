import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../../src/catalogue/generated';
import { CROSS_RULES, RULES } from '../../src/rules';
import { isCrossRule } from '../../src/rules/cross';

// rules.md's catalogue, in its order: a rule added, removed or re-severitied there must be here too.
const SPEC: Array<[string, string]> = [
  ['yaml-syntax', 'error'], ['schema', 'error'], ['hidden-sheet', 'warning'], ['unreadable-file', 'error'], ['spreadsheet-format', 'error'], ['duplicate-id', 'error'], ['unknown-reference', 'error'], ['future-date', 'warning'],
  ['facility-rules', 'error'], ['admin-is-user', 'warning'], ['ssid-stealth', 'warning'], ['ledger-review', 'warning'],
  ['mcs-password-age', 'error'], ['mcs-password-expiring', 'warning'], ['policy-read', 'error'], ['training', 'error'], ['pledge', 'error'],
  ['pledge-before-use', 'warning'], ['user-devices', 'error'], ['device-not-active', 'warning'], ['departed-user', 'error'],
  ['startup-password', 'error'], ['lock-password-strength', 'error'], ['lock-password-symbols', 'warning'], ['antivirus', 'error'],
  ['os-up-to-date', 'error'], ['unused-apps', 'error'], ['file-sharing-software', 'error'], ['mcs-password-saved', 'error'],
  ['public-wireless-lan', 'error'], ['byod-admin-lock', 'error'], ['byod', 'info'], ['remote-wipe', 'warning'], ['unknown-sources', 'error'],
  ['device-shared', 'error'], ['outside-location-detail', 'warning'], ['mfa', 'warning'], ['privacy-filter', 'info'],
  ['patient-data-on-device', 'warning'], ['encryption', 'error'], ['wipe-after-failed-attempts', 'warning'], ['retired-device-wiped', 'error'],
  ['lost-device-incident', 'error'], ['incident-password-change', 'error'], ['incident-secretariat', 'error'], ['incident-carrier-lock', 'warning'],
  ['exception-expired', 'warning'], ['exception-unused', 'info'],
  // Not in rules.md: a spreadsheet a walk cannot read (spreadsheet-format, above) and the checks across
  // ledgers (issue 24), each decided in its module.
  ['cross-user', 'info'], ['cross-user-name', 'warning'], ['cross-departed', 'warning'], ['cross-device', 'info'],
  ['cross-device-status', 'warning'], ['cross-admin', 'warning'],
];

describe('the rule registry', () => {
  it('has exactly the catalogue of rules.md, in its order, with its default severities', () => {
    expect(RULES.map((rule) => [rule.id, rule.severity])).toEqual(SPEC);
  });

  it('gives every rule both languages for its description, help and messages', () => {
    for (const rule of RULES) {
      const speaks = rule.check || rule.id === 'exception-unused' || rule.id === 'spreadsheet-format' || isCrossRule(rule);
      const messages = speaks ? Object.values(rule.messages) : []; // yaml-syntax and schema bring their own text
      for (const text of [rule.description, rule.help, ...messages]) {
        expect(text.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
        expect(text.en.replace('どこでも連絡帳', '')).toMatch(/^[\x20-\x7e’→]+$/);
      }
    }
  });

  it('names the options rules.md names, with its defaults', () => {
    const options = Object.fromEntries(RULES.filter((rule) => Object.keys(rule.options).length > 0).map((rule) => [rule.id, Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.default]))]));
    expect(options).toEqual({
      'ledger-review': { months: 12 },
      'mcs-password-age': { months: 2 },
      'mcs-password-expiring': { days: 14 },
      'lock-password-strength': { minLength: 8 },
      'incident-password-change': { maxDays: 1 },
      'incident-secretariat': { maxDays: 1 },
      'incident-carrier-lock': { maxDays: 1 },
    });
  });
});

describe('the rules across ledgers', () => {
  it('are the cross rules, in their own category, each with a message for one other ledger and one for several', () => {
    expect(CROSS_RULES.map((rule) => rule.id)).toEqual(['cross-user', 'cross-user-name', 'cross-departed', 'cross-device', 'cross-device-status', 'cross-admin']);
    for (const rule of RULES) expect([rule.id, rule.category === 'cross']).toEqual([rule.id, isCrossRule(rule)]);
    for (const rule of CROSS_RULES) {
      expect(rule.check).toBeUndefined(); // never run on one ledger
      const ids = Object.keys(rule.messages);
      // Each message naming another ledger has its form for several (`many`, `<id>Many`), which names the first and counts the rest.
      for (const id of ids.filter((id) => !/Many$|^many$/.test(id) && rule.id !== 'cross-admin')) expect(ids).toContain(id === 'default' ? 'many' : `${id}Many`);
      for (const id of rule.id === 'cross-admin' ? [] : ids) {
        for (const lang of ['ja', 'en'] as const) expect([rule.id, id, lang, /\{otherFacility\}.*\{otherFile\}|\{otherFile\}.*\{otherFacility\}/.test(rule.messages[id]![lang])]).toEqual([rule.id, id, lang, true]);
      }
    }
  });
});

describe('files generated from the rule modules', () => {
  it.each(Object.entries(generatedFiles()))('%s is up to date (run `npm run generate`)', (path, text) => {
    expect(readFileSync(join(__dirname, '..', '..', path), 'utf8')).toBe(text);
  });
});
