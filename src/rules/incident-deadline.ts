// Shared by the three incident rules: was a step taken within maxDays of the loss ("直ちに")?
import { daysBetween } from '../dates';
import type { Incident, KeptDevice, KeptLedger, Ledger } from '../ledger';
import type { Bilingual, Target } from '../types';
import type { Rule, RuleContext } from './rule';
import { defineRule } from './rule';
import { devicesById, isMobile } from './helpers';

type Step = 'mcs_password_changed' | 'secretariat_notified' | 'carrier_remote_lock';

export interface IncidentRuleSpec {
  id: string;
  severity: Rule['severity'];
  step: Step;
  sources: readonly string[];
  description: Bilingual;
  help: Bilingual;
  /** Message when the step was not taken (null). */
  missing: Bilingual;
  /** Message when it was taken, but late. */
  late: Bilingual;
  /** Only some incidents need the step (the carrier lock: tablets and smartphones). */
  applies?: (incident: Incident, ledger: Ledger, byId: ReturnType<typeof devicesById>) => boolean;
}

function incidentTarget(incident: Incident): Target {
  return { kind: 'device', id: incident.device, label: incident.device };
}

function checkIncidents(spec: IncidentRuleSpec, context: RuleContext): void {
  const byId = devicesById(context.ledger);
  const maxDays = context.options.maxDays!;
  (context.ledger.incidents ?? []).forEach((incident, index) => {
    if (spec.applies && !spec.applies(incident, context.ledger, byId)) return;
    const taken = incident[spec.step];
    if (taken === 'not_applicable') return;
    const path = ['incidents', index, spec.step];
    const data = { device: incident.device, date: incident.date, maxDays };
    if (taken === null) {
      // Stryker disable next-line StringLiteral: an unknown message id falls back to `default`, which is this same `missing` message
      context.report({ path, target: incidentTarget(incident), messageId: 'missing', data });
      return;
    }
    const days = daysBetween(incident.date, taken);
    if (days > maxDays) context.report({ path, target: incidentTarget(incident), messageId: 'late', data: { ...data, taken, days } });
  });
}

export function defineIncidentRule(spec: IncidentRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    severity: spec.severity,
    category: 'incidents',
    options: {
      maxDays: {
        // Stryker disable next-line StringLiteral: OptionSpec.type is read nowhere (src/config/schema.ts writes 'integer' itself, validate.ts checks Number.isInteger)
        type: 'integer',
        default: 1,
        minimum: 0,
        maximum: 365,
        description: { ja: '紛失・盗難から何日以内に行うか（直ちに = 当日か翌日）', en: 'Days allowed after the loss ("immediately" = the same or the next day)' },
      },
    },
    sources: spec.sources,
    description: spec.description,
    help: spec.help,
    messages: { default: spec.missing, missing: spec.missing, late: spec.late },
    check: (context) => checkIncidents(spec, context),
  });
}

export function isMobileIncident(incident: Incident, _ledger: KeptLedger, byId: ReadonlyMap<string, KeptDevice>): boolean {
  const device = byId.get(incident.device);
  return device !== undefined && isMobile(device);
}
