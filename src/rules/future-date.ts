import type { Ledger } from '../ledger';
import type { NodePath, Target } from '../types';
import { defineRule } from './rule';
import { FACILITY_TARGET, deviceTarget, userTarget } from './helpers';

interface DatedFact {
  path: NodePath;
  date: string | null | undefined;
  target?: Target;
}

function incidentDeviceTarget(id: string): Target {
  return { kind: 'device', id, label: id };
}

/** Every date in the ledger that records something already done, with the owner of that date. */
function* datedFacts(ledger: Ledger): Generator<DatedFact> {
  yield { path: ['facility', 'updated'], date: ledger.facility.updated, target: FACILITY_TARGET };
  for (const [i, user] of ledger.users.entries()) {
    const target = userTarget(user);
    yield { path: ['users', i, 'start_date'], date: user.start_date, target };
    yield { path: ['users', i, 'mcs_password_changed'], date: user.mcs_password_changed, target };
    yield { path: ['users', i, 'training', 'date'], date: user.training?.date, target };
    yield { path: ['users', i, 'pledge_date'], date: user.pledge_date, target };
  }
  for (const [i, device] of ledger.devices.entries()) {
    yield { path: ['devices', i, 'disposal', 'date'], date: device.disposal?.date, target: deviceTarget(device) };
  }
  for (const [i, incident] of (ledger.incidents ?? []).entries()) {
    const target = incidentDeviceTarget(incident.device);
    yield { path: ['incidents', i, 'date'], date: incident.date, target };
    yield { path: ['incidents', i, 'mcs_password_changed'], date: incident.mcs_password_changed, target };
    yield { path: ['incidents', i, 'secretariat_notified'], date: incident.secretariat_notified, target };
    const lock = incident.carrier_remote_lock === 'not_applicable' ? null : incident.carrier_remote_lock;
    yield { path: ['incidents', i, 'carrier_remote_lock'], date: lock, target };
  }
  for (const [i, exception] of (ledger.exceptions ?? []).entries()) {
    yield { path: ['exceptions', i, 'approved_on'], date: exception.approved_on };
  }
}

/** The key as a manager finds it: `training.date`, `disposal.date`, but an incident's own `date` (not `2.date`). */
function keyName(path: NodePath): string {
  const [parent, key] = path.slice(-2);
  return typeof parent === 'string' && key === 'date' ? `${parent}.${key}` : String(key);
}

/** Where `keyName` starts, for the message's words: the list of entries (users), or facility. */
function scopeOf(path: NodePath): string {
  const index = path.findIndex((key) => typeof key === 'number');
  return (index === -1 ? path.slice(0, -1) : path.slice(0, index)).join('.');
}

export default defineRule({
  id: 'future-date',
  severity: 'warning',
  category: 'structure',
  options: {},
  sources: [],
  description: { ja: '済んだことを記録する日付が未来になっていないこと', en: 'Dates that record something already done are not in the future' },
  help: { ja: '日付の記入誤り（年の誤りなど）を直してください。まだ済んでいないことは、済んでから記入してください。', en: 'Correct the date (a wrong year, say). Record things once they are done.' },
  messages: {
    default: {
      ja: '{@{scope}:{key}} の日付 {date} が確認日 {asOf} より後です。記入誤りを直すか、済んでから記入してください',
      en: '{@{scope}:{key}} is {date}, after the check date {asOf}. Correct it, or record it once it is done',
    },
  },
  check(context) {
    for (const fact of datedFacts(context.ledger)) {
      if (!fact.date || fact.date <= context.asOf) continue;
      context.report({ path: fact.path, target: fact.target, data: { scope: scopeOf(fact.path), key: keyName(fact.path), date: fact.date, asOf: context.asOf } });
    }
  },
});
