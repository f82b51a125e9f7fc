import type { Ledger } from '../ledger';
import type { MessageData, NodePath } from '../types';
import { defineRule } from './rule';
import type { RuleContext } from './rule';

interface Reference {
  path: NodePath;
  messageId: string;
  data: MessageData;
}

let ruleIdsKnown: Set<string> | undefined;

/** Rule ids that exist, read lazily (the registry imports this module) and once: a network's run asks
 * for them per ledger. */
function knownRuleIds(): Set<string> {
  if (!ruleIdsKnown) {
    const { RULES } = require('./index') as typeof import('./index');
    ruleIdsKnown = new Set(RULES.map((rule) => rule.id));
  }
  return ruleIdsKnown;
}

function* danglingReferences(ledger: Ledger): Generator<Reference> {
  const deviceIds = new Set(ledger.devices.map((device) => device.id));
  const mcsIds = new Set(ledger.users.map((user) => user.mcs_id.toLowerCase()));

  for (const [i, user] of ledger.users.entries()) {
    for (const [j, id] of user.devices.entries()) {
      if (!deviceIds.has(id)) yield { path: ['users', i, 'devices', j], messageId: 'userDevice', data: { device: id } };
    }
  }
  for (const [i, incident] of (ledger.incidents ?? []).entries()) {
    if (!deviceIds.has(incident.device)) yield { path: ['incidents', i, 'device'], messageId: 'incidentDevice', data: { device: incident.device } };
    if (!mcsIds.has(incident.user.toLowerCase())) yield { path: ['incidents', i, 'user'], messageId: 'incidentUser', data: { mcsId: incident.user } };
  }
  for (const [i, exception] of (ledger.exceptions ?? []).entries()) {
    if (exception.rule === 'schema' || exception.rule === 'yaml-syntax') {
      yield { path: ['exceptions', i, 'rule'], messageId: 'unexceptable', data: { rule: exception.rule } };
    } else if (!knownRuleIds().has(exception.rule)) {
      yield { path: ['exceptions', i, 'rule'], messageId: 'exceptionRule', data: { rule: exception.rule } };
    }
    const target = exception.target;
    if (target !== 'facility' && !deviceIds.has(target) && !mcsIds.has(target.toLowerCase())) {
      yield { path: ['exceptions', i, 'target'], messageId: 'exceptionTarget', data: { [target.includes('@') ? 'mcsId' : 'device']: target } };
    }
  }
}

export default defineRule({
  id: 'unknown-reference',
  severity: 'error',
  category: 'structure',
  options: {},
  sources: [],
  description: { ja: '管理番号・mcs_id・ルール ID の参照先が台帳にあること', en: 'Device ids, mcs_ids and rule ids that are referred to exist' },
  help: { ja: '記入誤りを直すか、参照先（端末・利用者）を台帳に追加してください。', en: 'Correct the typo, or add the device or user that is referred to.' },
  messages: {
    default: { ja: '参照先がありません', en: 'Nothing is referred to' },
    userDevice: {
      ja: '利用端末 {device} が {@:devices} にありません。管理番号の誤りを直すか、端末を {@:devices} に追加してください',
      en: 'Device {device} is not in {@:devices}. Correct the id or add the device to {@:devices}',
    },
    incidentDevice: {
      ja: '紛失・盗難の記録の端末 {device} が {@:devices} にありません。管理番号の誤りを直すか、端末を {@:devices} に追加してください',
      en: 'The incident names device {device}, which is not in {@:devices}. Correct the id or add the device',
    },
    incidentUser: {
      ja: '紛失・盗難の記録の利用者 {mcsId} が {@:users} にいません。{@incidents:user|mcs_id} の誤りを直してください',
      en: 'The incident names user {mcsId}, who is not in {@:users}. Correct {@incidents:user|the mcs_id}',
    },
    exceptionRule: {
      ja: '例外のルール ID {rule} は存在しません。dokodemo-check rules で正しい ID を確認してください',
      en: 'Exception rule {rule} does not exist. See dokodemo-check rules for the ids',
    },
    unexceptable: {
      ja: 'ルール {rule} は例外にできません。台帳の記入を直してください',
      en: 'Rule {rule} cannot be excepted. Correct the ledger instead',
    },
    exceptionTarget: {
      ja: '例外の対象 {device}{mcsId} が台帳にありません。端末の管理番号、利用者の {@users:mcs_id}、または {@exceptions:target=facility} を記入してください',
      en: 'Exception target {device}{mcsId} is not in the ledger. Use a device id, a user {@users:mcs_id}, or {@exceptions:target=facility}',
    },
  },
  check(context: RuleContext) {
    for (const reference of danglingReferences(context.ledger)) {
      context.report({ ...reference, data: { device: '', mcsId: '', ...reference.data } });
    }
  },
});
