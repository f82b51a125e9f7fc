// Synthetic ledgers for `npm run bench`: realistic shape (about 1.3 devices a user, Japanese names,
// comments, flow and block style) with a few rule breaks, deterministic for a given size.
'use strict';
const { mkdirSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

/** A small seeded generator, so every run measures the same bytes. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const GIVEN = ['由美', '健', '美咲', '翔太', '恵', '誠', '陽子', '大輔', '真由美', '拓也'];
const JOBS = ['看護師', '医師', '介護福祉士', 'ケアマネジャー', '理学療法士', '事務'];
const MODELS = { pc: 'Lenovo ThinkPad E14', tablet: 'iPad (第10世代)', smartphone: 'Google Pixel 8a' };
const OS = { pc: 'windows', tablet: 'ipados', smartphone: 'android' };

function day(rand, fromYear, toYear) {
  const year = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rand() * 12);
  const date = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

// How often things are wrong: a kept ledger, and one checked for the first time after years (about
// 38,000 findings over 20,000 staff, each rule under the per-rule cap of 10,000).
const PROFILES = {
  kept: { broken: 0.03, personal: 0.05, stale: 0.04, unread: 0.02, sharing: 0, noMfa: 0, noFilter: 0 },
  old: { broken: 0.2, personal: 0.2, stale: 0.35, unread: 0.2, sharing: 0.1, noMfa: 0.25, noFilter: 0.25 },
};

function device(rand, id, profile) {
  const type = ['pc', 'tablet', 'smartphone'][Math.floor(rand() * 3)];
  const broken = rand() < profile.broken;
  const personal = rand() < profile.personal;
  const flag = (rate) => (rate > 0 && rand() < rate ? 'false' : 'true');
  const sharing = profile.sharing > 0 && rand() < profile.sharing;
  const lines = [
    `  - id: ${id}`,
    `    type: ${type}`,
    `    model: ${MODELS[type]}`,
    `    os: ${OS[type]}`,
    `    ownership: ${personal ? 'personal' : 'facility'}`,
    '    status: active',
    '    locations:',
    '      - place: in_facility',
    '        detail: 事務所',
    ...(type === 'pc' ? [] : ['      - place: outside', '        detail: 利用者宅（訪問時のみ）']),
    `    networks: [facility_wireless_lan${type === 'pc' ? '' : ', carrier'}${broken && rand() < 0.3 ? ', public_wireless_lan' : ''}]`,
    '    security:',
    '      startup_password: true',
    '      lock_password: { min_length: 8, composition: alphanumeric_symbols }',
    `      antivirus: ${broken ? 'false' : 'true'}`,
    '      os_up_to_date: true',
    "      unused_apps: stopped   # 業務外アプリは停止済み",
    `      file_sharing_software: ${sharing}`,
    '      mcs_password_saved: false',
    ...(type === 'pc' ? [] : ['      remote_wipe: true']),
    ...(OS[type] === 'android' ? ['      unknown_sources_blocked: true'] : []),
    ...(personal ? [`      settings_admin_only: ${broken ? 'false' : 'true'}`] : []),
    `      mfa: ${flag(profile.noMfa)}`,
    `      privacy_filter: ${flag(profile.noFilter)}`,
    '    shared_outside_staff: false',
    '',
  ];
  return lines.join('\n');
}

function user(rand, index, deviceIds, profile) {
  const family = FAMILY[index % FAMILY.length];
  const given = GIVEN[Math.floor(index / FAMILY.length) % GIVEN.length];
  const stale = rand() < profile.stale;
  return [
    `  - name: ${family} ${given}`,
    '    affiliation: さくら訪問看護ステーション',
    `    job_type: ${JOBS[index % JOBS.length]}`,
    `    mcs_id: staff${index}@sakura-houkan.example.jp`,
    `    start_date: ${day(rand, 2019, 2024)}`,
    '    account_status: active',
    `    mcs_password_changed: ${stale ? '2025-01-10' : '2026-10-20'}`,
    `    policy_read: ${rand() < profile.unread ? 'false' : 'true'}`,
    `    training: { kind: ${rand() < 0.5 ? 'lecture' : 'video'}, date: 2018-03-15 }`,
    '    pledge_date: 2018-03-28',
    `    devices: [${deviceIds.join(', ')}]`,
    '',
  ].join('\n');
}

const HEADER = `# yaml-language-server: $schema=../../schemas/ledger.schema.json
# どこでも連絡帳 管理台帳 — 合成データ（ベンチマーク用）
version: 1

facility:
  name: さくら訪問看護ステーション
  updated: 2026-11-01
  manager:
    name: 佐藤 由美
    title: 管理者
  mcs_facility_admin:
    name: 佐藤 由美
    mcs_id: staff0@sakura-houkan.example.jp
  mcs_admins:
    - name: 佐藤 由美
      mcs_id: staff0@sakura-houkan.example.jp
  rules:
    public_wireless_lan_prohibited: true
    startup_password_required: true
    antivirus_required: true
    unused_apps_handled: true
  wireless_lan:
    ssid_stealth: true
`;

/** A ledger of `users` staff, about 1.3 devices each; the same text for the same arguments. */
function ledgerText(users, seed = users, profileName = 'kept') {
  const profile = PROFILES[profileName];
  const rand = random(seed);
  const devices = [];
  const people = [];
  let next = 0;
  for (let index = 0; index < users; index++) {
    const count = rand() < 0.3 ? 2 : 1;
    const ids = [];
    for (let k = 0; k < count; k++) {
      const id = `DV-${String(next++).padStart(6, '0')}`;
      ids.push(id);
      devices.push(device(rand, id, profile));
    }
    people.push(user(rand, index, ids, profile));
  }
  return `${HEADER}\ndevices:\n${devices.join('\n')}\nusers:\n${people.join('\n')}`;
}

/**
 * The ledger of facility `index` of a regional network: 50 staff with its own name, MCS domain and device
 * ids, as each facility has; every tenth shares one nurse (staff1, the same name and MCS id) with the
 * facility before it, who works at both: a check across ledgers finds her in each.
 */
function facilityText(index) {
  const own = ledgerText(50, 1000 + index)
    .replaceAll('sakura-houkan.example.jp', `f${index}.sakura-houkan.example.jp`)
    .replaceAll('さくら訪問看護ステーション', `さくら訪問看護ステーション 第${index + 1}事業所`)
    .replaceAll('DV-', `F${index}-`);
  return index % 10 === 9 ? own.replace(`staff1@f${index}.`, `staff1@f${index - 1}.`) : own;
}

/** The text with the facility's name quoted over three lines, a blank one after an escaped line break. */
function unusualName(text) {
  return text.replace('  name: さくら訪問看護ステーション', '  name: "さくら訪問看護ステーション\\\n\n    本部"');
}

/** The text with the first `    ` indent after its middle replaced by a tab. */
function withTabIndent(text) {
  const at = text.indexOf('\n    ', text.length / 2) + 1;
  return `${text.slice(0, at)}\t${text.slice(at + 4)}`;
}

/** Writes the benchmark inputs under `directory` (once; they are deterministic) and returns their paths. */
function generate(directory) {
  mkdirSync(join(directory, 'network-500'), { recursive: true });
  mkdirSync(join(directory, 'network-2000'), { recursive: true });
  const single = (users) => {
    const file = join(directory, `ledger-${users}.yaml`);
    if (!existsSync(file)) writeFileSync(file, ledgerText(users));
    return file;
  };
  const variant = (name, text, users = 20000) => {
    const file = join(directory, `ledger-${users}-${name}.yaml`);
    if (!existsSync(file)) writeFileSync(file, text());
    return file;
  };
  const files = {
    users50: single(50),
    users2000: single(2000),
    users20000: single(20000),
    users20000Old: variant('old', () => ledgerText(20000, 20000, 'old')),
    // The same ledger after a `%YAML 1.1` directive: the precise path's until 2026-11-26, the fast path's since.
    users20000Directive: variant('yaml11', () => `%YAML 1.1\n---\n${ledgerText(20000)}`),
    // The facility's name quoted with a blank line after an escaped line break: valid YAML the fast path
    // leaves to the precise one (the two parsers fold it differently). 10,000 staff (11.7 million
    // characters) are read whole; 20,000 are over the precise parser's 12 MB and get one finding there.
    users10000: single(10000),
    users10000Precise: variant('precise', () => unusualName(ledgerText(10000)), 10000),
    users20000Unusual: variant('unusual', () => unusualName(ledgerText(20000))),
    // A tab that indents one line in the middle of the users: a syntax error in a large ledger.
    users20000Broken: variant('broken', () => withTabIndent(ledgerText(20000))),
    facilities: [],
  };
  // A regional network: 2,000 facilities, and its first 500 (the ids of the earlier `facilities/`, the
  // same for all 500, made every staff member a finding of the checks across ledgers).
  for (let index = 0; index < 2000; index++) {
    const name = `facility-${String(index).padStart(4, '0')}.yaml`;
    const file = join(directory, 'network-2000', name);
    if (!existsSync(file)) writeFileSync(file, facilityText(index));
    if (index >= 500) continue;
    const first = join(directory, 'network-500', name);
    if (!existsSync(first)) writeFileSync(first, facilityText(index));
    files.facilities.push(first);
  }
  return files;
}

module.exports = { ledgerText, facilityText, generate };

if (require.main === module) {
  const files = generate(process.argv[2] ?? join(__dirname, '.data'));
  console.log(`wrote ${files.users50}, ${files.users2000}, ${files.users20000} and ${files.facilities.length} facility ledgers`);
}
