// The ledger the due tests share: five deadlines around one as-of day.
import type { Ledger } from '../../src/ledger';
import { cleanLedger } from './ledger-fixture';

export const DUE_AS_OF = '2026-11-24';

/** Five items: a password whose last change is unknown (overdue now), an exception that expired two days
 * ago, one that expires today, a password due in 5 days, and the ledger review in 20 days. */
export function fiveDeadlines(): Ledger {
  const ledger = cleanLedger();
  ledger.facility.updated = '2025-12-14';
  ledger.users[0]!.mcs_password_changed = '2026-09-29';
  ledger.users[1]!.mcs_password_changed = null;
  const exception = { rule: 'mfa', reason: 'r', approved_by: '佐藤 由美', approved_on: '2026-01-01' };
  ledger.exceptions = [
    { ...exception, target: 'PC-01', expires: '2026-11-22' },
    { ...exception, target: 'SP-01', expires: DUE_AS_OF },
  ];
  return ledger;
}
