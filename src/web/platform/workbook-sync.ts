// The offline page reads no workbook yet: the CLI's synchronous reader needs worker threads and zlib
// (scripts/build-web.js swaps this in for src/load/workbook/read-sync.ts). A workbook's bytes under
// another name end here, with the words the page uses for a .xlsx.
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
