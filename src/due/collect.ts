// Every dated obligation a ledger implies, with the rules' own arithmetic and options: the next MCS
// password change, exception expiries, the next ledger review, account removals, incident steps.
// Pure: as-of only decides who has left (rules.md "active user"); the window is applied when the report
// is made; no positions (paths only).
import type { Config } from '../config/types';
import { addDaysToDay, addMonthsToDay } from '../dates';
import { optionsOf, severityOf } from '../engine/run-rules';
import type { KeptLedger, LedgerException, User } from '../ledger';
import { getRule } from '../rules';
import { FACILITY_TARGET, forgetLedgerLists, activeUsers, devicesById, isDepartedUserId, sameMcsId, userData, userTarget } from '../rules/helpers';
import { isMobileIncident } from '../rules/incident-deadline';
import { passwordDueDay } from '../rules/mcs-password-age';
import type { RuleOptions } from '../rules/rule';
import type { Bilingual, MessageData, NodePath, Target } from '../types';
import { DUE_MESSAGES } from './messages';

export type DueKind =
  | 'mcs-password'
  | 'exception-expiry'
  | 'ledger-review'
  | 'account-removal'
  | 'incident-password-change'
  | 'incident-secretariat'
  | 'incident-carrier-lock';

export interface DueObligation {
  kind: DueKind;
  /** The last day the obligation is met in time (the rule stays silent up to it); null = due now, its start is not recorded. */
  due: string | null;
  /** The ledger node the due day is computed from. */
  path: NodePath;
  target: Target;
  message: Bilingual;
  data: MessageData;
  /** What tells apart two obligations of one kind, target and day (an exception's rule). */
  key?: string;
}

/** A ledger as the due days are read from it: its users whole (a kept one has not their password dates),
 * its devices' settings not needed. */
export type DueLedger = Omit<KeptLedger, 'users'> & { users: User[] };

/** One kind of obligation: the rule whose arithmetic (and options, and on/off) it follows. */
interface DueSource {
  kind: DueKind;
  ruleId: string;
  collect(ledger: DueLedger, options: RuleOptions, asOf: string): DueObligation[];
}

function passwordChanges(ledger: DueLedger, options: RuleOptions, asOf: string): DueObligation[] {
  const months = options.months!;
  return activeUsers(ledger, asOf).map(({ item: user, index }) => {
    const known = user.mcs_password_changed !== null;
    // Filled in, not spread: every roll-up counts these for every active user of every ledger, and a
    // conditional spread was half of that count's time.
    const data = userData(user);
    if (known) {
      data.changed = user.mcs_password_changed!;
      data.months = months;
    }
    return {
      kind: 'mcs-password',
      due: passwordDueDay(user, months),
      path: ['users', index, 'mcs_password_changed'],
      target: userTarget(user),
      message: known ? DUE_MESSAGES.password : DUE_MESSAGES.passwordUnknown,
      data,
    };
  });
}

/** Who an exception names, as a target: a user (by mcs_id, any case), the facility, or a device id. */
function exceptionTarget(exception: LedgerException, ledger: DueLedger): Target {
  if (exception.target === FACILITY_TARGET.id) return FACILITY_TARGET;
  const user = ledger.users.find((candidate) => sameMcsId(candidate.mcs_id, exception.target));
  if (user) return userTarget(user);
  return { kind: exception.target.includes('@') ? 'user' : 'device', id: exception.target, label: exception.target };
}

function exceptionMessage(target: Target): { message: Bilingual; data: MessageData } {
  if (target.kind === 'user') return { message: DUE_MESSAGES.exceptionUser, data: { user: target.label, mcsId: target.id } };
  if (target.kind === 'facility') return { message: DUE_MESSAGES.exceptionFacility, data: {} };
  return { message: DUE_MESSAGES.exceptionDevice, data: { device: target.id } };
}

// Every exception, expired ones included: an expired exception must be renewed or removed. Not one
// naming someone who has left: only their account removal is due (rules.md "active user").
function exceptionExpiries(ledger: DueLedger, _options: RuleOptions, asOf: string): DueObligation[] {
  const exceptions = (ledger.exceptions ?? []).map((exception, index) => ({ exception, index }));
  return exceptions.filter(({ exception }) => !isDepartedUserId(ledger, exception.target, asOf)).map(({ exception, index }) => {
    const target = exceptionTarget(exception, ledger);
    const { message, data } = exceptionMessage(target);
    return {
      kind: 'exception-expiry',
      due: exception.expires,
      path: ['exceptions', index, 'expires'],
      target,
      message,
      data: { ...data, rule: exception.rule, expires: exception.expires },
      key: exception.rule,
    };
  });
}

function ledgerReview(ledger: DueLedger, options: RuleOptions): DueObligation[] {
  const { updated } = ledger.facility;
  const months = options.months!;
  return [
    {
      kind: 'ledger-review',
      due: addMonthsToDay(updated, months),
      path: ['facility', 'updated'],
      target: FACILITY_TARGET,
      message: DUE_MESSAGES.ledgerReview,
      data: { updated, months },
    },
  ];
}

// departed-user: an active account of someone with an end_date (past or future) must be deleted on that day.
function accountRemovals(ledger: DueLedger): DueObligation[] {
  return ledger.users
    .map((user, index) => ({ user, index }))
    .filter(({ user }) => user.account_status === 'active' && !!user.end_date)
    .map(({ user, index }) => ({
      kind: 'account-removal',
      due: user.end_date!,
      path: ['users', index, 'end_date'],
      target: userTarget(user),
      message: DUE_MESSAGES.accountRemoval,
      data: { ...userData(user), endDate: user.end_date! },
    }));
}

type IncidentStep = 'mcs_password_changed' | 'secretariat_notified' | 'carrier_remote_lock';

/** Steps not yet taken (null) are due `maxDays` after the loss, as the incident rules count. */
function incidentSteps(kind: DueKind, step: IncidentStep, message: Bilingual, applies?: typeof isMobileIncident) {
  return (ledger: DueLedger, options: RuleOptions): DueObligation[] => {
    const byId = devicesById(ledger);
    // Stryker disable next-line ArrayDeclaration: a stand-in element is a string, whose incident[step] is undefined, never null, so it is filtered out as no incidents are
    const pending = (ledger.incidents ?? [])
      .map((incident, index) => ({ incident, index }))
      .filter(({ incident }) => incident[step] === null && (!applies || applies(incident, ledger, byId)));
    return pending.map(({ incident, index }) => ({
      kind,
      due: addDaysToDay(incident.date, options.maxDays!),
      path: ['incidents', index, step],
      target: { kind: 'device', id: incident.device, label: incident.device },
      message,
      data: { device: incident.device, date: incident.date },
    }));
  };
}

const DUE_SOURCES: readonly DueSource[] = [
  { kind: 'mcs-password', ruleId: 'mcs-password-age', collect: passwordChanges },
  { kind: 'exception-expiry', ruleId: 'exception-expired', collect: exceptionExpiries },
  { kind: 'ledger-review', ruleId: 'ledger-review', collect: ledgerReview },
  { kind: 'account-removal', ruleId: 'departed-user', collect: accountRemovals },
  {
    kind: 'incident-password-change',
    ruleId: 'incident-password-change',
    collect: incidentSteps('incident-password-change', 'mcs_password_changed', DUE_MESSAGES.incidentPasswordChange),
  },
  {
    kind: 'incident-secretariat',
    ruleId: 'incident-secretariat',
    collect: incidentSteps('incident-secretariat', 'secretariat_notified', DUE_MESSAGES.incidentSecretariat),
  },
  {
    kind: 'incident-carrier-lock',
    ruleId: 'incident-carrier-lock',
    collect: incidentSteps('incident-carrier-lock', 'carrier_remote_lock', DUE_MESSAGES.incidentCarrierLock, isMobileIncident),
  },
];

/** The rule each kind follows (docs and tests name it). */
export const DUE_KIND_RULES: ReadonlyMap<DueKind, string> = new Map(DUE_SOURCES.map((source) => [source.kind, source.ruleId]));

/** rules.md "active user": on the day a person has left, only their account removal is due, so what
 * would fall due for them on or after their end date is not listed. */
function moot(obligation: DueObligation, ledger: DueLedger): boolean {
  if (obligation.kind === 'account-removal' || obligation.target.kind !== 'user' || obligation.due === null) return false;
  return isDepartedUserId(ledger, obligation.target.id, obligation.due);
}

/** Obligations past due as of `asOf`, or due now because what they count from is not recorded. */
export function overdueCount(ledger: DueLedger, config: Config, asOf: string): number {
  return collectDueObligations(ledger, config, asOf).filter((obligation) => obligation.due === null || obligation.due < asOf).length;
}

/** A checked file as a report is given it: with its overdue count, made while its whole ledger is at hand
 * (a run keeps less of it: engine/check-file.ts keptCheck); none for a file whose ledger did not load. */
export function withOverdue<T extends { ledger?: DueLedger }>(check: T, config: Config, asOf: string): T & { overdue?: number } {
  return check.ledger ? { ...check, overdue: overdueCount(check.ledger, config, asOf) } : check;
}

/** Every obligation of a schema-valid ledger, whatever its date; kinds whose rule is turned off give none. */
export function collectDueObligations(ledger: DueLedger, config: Config, asOf: string): DueObligation[] {
  forgetLedgerLists(); // the ledger may have changed since the rules last read it
  return DUE_SOURCES.flatMap((source) => {
    const rule = getRule(source.ruleId)!;
    return severityOf(rule, config) === 'off' ? [] : source.collect(ledger, optionsOf(rule, config), asOf);
  }).filter((obligation) => !moot(obligation, ledger));
}
