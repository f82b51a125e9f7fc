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

function device(rand, id) {
  const type = ['pc', 'tablet', 'smartphone'][Math.floor(rand() * 3)];
  const broken = rand() < 0.03;
  const personal = rand() < 0.05;
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
    '      file_sharing_software: false',
    '      mcs_password_saved: false',
    ...(type === 'pc' ? [] : ['      remote_wipe: true']),
    ...(OS[type] === 'android' ? ['      unknown_sources_blocked: true'] : []),
    ...(personal ? [`      settings_admin_only: ${broken ? 'false' : 'true'}`] : []),
    '      mfa: true',
    '      privacy_filter: true',
    '    shared_outside_staff: false',
    '',
  ];
  return lines.join('\n');
}

function user(rand, index, deviceIds) {
  const family = FAMILY[index % FAMILY.length];
  const given = GIVEN[Math.floor(index / FAMILY.length) % GIVEN.length];
  const stale = rand() < 0.04;
  return [
    `  - name: ${family} ${given}`,
    '    affiliation: さくら訪問看護ステーション',
    `    job_type: ${JOBS[index % JOBS.length]}`,
    `    mcs_id: staff${index}@sakura-houkan.example.jp`,
    `    start_date: ${day(rand, 2019, 2024)}`,
    '    account_status: active',
    `    mcs_password_changed: ${stale ? '2025-01-10' : '2026-10-20'}`,
    `    policy_read: ${rand() < 0.02 ? 'false' : 'true'}`,
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
function ledgerText(users, seed = users) {
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
      devices.push(device(rand, id));
    }
    people.push(user(rand, index, ids));
  }
  return `${HEADER}\ndevices:\n${devices.join('\n')}\nusers:\n${people.join('\n')}`;
}

/** Writes the benchmark inputs under `directory` (once; they are deterministic) and returns their paths. */
function generate(directory) {
  mkdirSync(join(directory, 'facilities'), { recursive: true });
  const single = (users) => {
    const file = join(directory, `ledger-${users}.yaml`);
    if (!existsSync(file)) writeFileSync(file, ledgerText(users));
    return file;
  };
  const files = { users50: single(50), users2000: single(2000), users20000: single(20000), facilities: [] };
  for (let index = 0; index < 500; index++) {
    const file = join(directory, 'facilities', `facility-${String(index).padStart(3, '0')}.yaml`);
    if (!existsSync(file)) writeFileSync(file, ledgerText(50, 1000 + index));
    files.facilities.push(file);
  }
  return files;
}

module.exports = { ledgerText, generate };

if (require.main === module) {
  const files = generate(process.argv[2] ?? join(__dirname, '.data'));
  console.log(`wrote ${files.users50}, ${files.users2000}, ${files.users20000} and ${files.facilities.length} facility ledgers`);
}
