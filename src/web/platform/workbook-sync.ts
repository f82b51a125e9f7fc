// The CLI's synchronous workbook reader needs worker threads (scripts/build-web.js swaps this in for
// src/load/workbook/read-sync.ts): the page reads workbooks with the async core instead (src/web/check.ts
// sends every workbook there), so nothing on the page reaches this.
import { UsageError } from '../../errors';
import type { Finding } from '../../types';

export function readWorkbookSync(): never {
  throw new UsageError({
    ja: 'Excel の台帳（.xlsx）は、このページではまだ確認できません。YAML（.yaml / .yml）の台帳を選んでください',
    en: 'Excel workbooks (.xlsx) cannot be checked on this page yet: choose a YAML ledger (.yaml / .yml)',
  });
}

export function withWorkbookHint(finding: Finding): Finding {
  return finding;
}
