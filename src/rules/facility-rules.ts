import type { FacilityRules } from '../ledger';
import { defineRule } from './rule';
import { FACILITY_TARGET } from './helpers';

const RULE_NAMES: Record<keyof FacilityRules, { ja: string; en: string }> = {
  public_wireless_lan_prohibited: { ja: '公衆無線 LAN は不可', en: 'public Wi-Fi is prohibited' },
  startup_password_required: { ja: '端末起動時パスワードの設定', en: 'a start-up password is required' },
  antivirus_required: { ja: 'コンピュータウイルス対策ソフトの導入', en: 'antivirus software is required' },
  unused_apps_handled: { ja: '業務に使用しないアプリケーションや機能の削除・停止・影響確認', en: 'unused apps are removed, stopped or checked' },
};

export default defineRule({
  id: 'facility-rules',
  severity: 'error',
  category: 'facility',
  options: {},
  sources: ['note 2-5', 'C-1', 'C-2', '6.0 企8⑤'],
  description: { ja: '施設の利用規程に 4 項目（公衆無線 LAN 不可、起動時パスワード、ウイルス対策ソフト、不要なアプリの扱い）が定められていること', en: "The facility's usage rules cover public Wi-Fi, start-up passwords, antivirus and unused apps" },
  help: { ja: '施設の利用規程にその項目を定め、facility.rules の該当キーを true にしてください。', en: "Add the item to the facility's usage rules and set the key in facility.rules to true." },
  messages: {
    default: {
      ja: '施設の利用規程に「{ruleJa}」が定められていません。利用規程に定め、{@:facility.rules.{key}} を {@:facility.rules.{key}=true} にしてください',
      en: 'The facility usage rules do not say that {ruleEn}. Add it to the rules and set {@:facility.rules.{key}} to {@:facility.rules.{key}=true}',
    },
  },
  check(context) {
    const rules = context.ledger.facility.rules;
    for (const key of Object.keys(RULE_NAMES) as Array<keyof FacilityRules>) {
      if (rules[key]) continue;
      context.report({ path: ['facility', 'rules', key], target: FACILITY_TARGET, data: { key, ruleJa: RULE_NAMES[key].ja, ruleEn: RULE_NAMES[key].en } });
    }
  },
});
