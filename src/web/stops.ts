// Why a check in the page's worker ended without a result (runner.ts): cancelled, over the time limit, or
// the worker failed; each in one line in both languages. Free of the engine, for the browser tests.
import type { Bilingual } from '../types';
import type { CheckStage } from './check';

/**
 * Each stage of a check that runs longer is stopped: the reading (the CLI's limit for reading a workbook,
 * READ_TIME_LIMIT_MS in src/workbook/read-sync.ts), then the schema, rules and due list (which the
 * CLI does not limit). Far above what a ledger within the size limits takes: on this project's shared
 * 2-core machine a 5,000-staff workbook took 3 to 8 s to read and about 7 s more to check. The browser
 * gives a worker no heap limit of its own: the readers' guards bound what a file can make them build.
 */
export const STAGE_TIME_LIMIT_MS = 60_000;

export function cancelledMessage(name: string): Bilingual {
  return { ja: `確認をキャンセルしました: ${name}`, en: `check cancelled: ${name}` };
}

export function timedOutMessage(name: string, stage: CheckStage, limitMs = STAGE_TIME_LIMIT_MS): Bilingual {
  const seconds = Math.round(limitMs / 1000);
  if (stage === 'making') {
    return {
      ja: `${name}: ${seconds} 秒以内に保存するコピーを作れなかったため、止めました（台帳が大きすぎます）。コマンド（dokodemo-check）で作ってください`,
      en: `${name}: the copy to save was not made within ${seconds} s and was stopped (the ledger is too large); make it with the dokodemo-check command`,
    };
  }
  return stage === 'reading'
    ? {
      ja: `${name}: ${seconds} 秒以内に読み込めなかったため、確認を止めました（ファイルが大きすぎるか壊れています）。台帳を施設ごとのファイルに分けるか、保存し直してください`,
      en: `${name}: the file could not be read within ${seconds} s, so the check was stopped (too large or damaged); split the ledger into one file per facility, or save it again`,
    }
    : {
      ja: `${name}: ${seconds} 秒以内に確認を終えられなかったため、止めました（台帳が大きすぎます）。台帳を施設ごとのファイルに分けてください`,
      en: `${name}: the check did not finish within ${seconds} s and was stopped (the ledger is too large); split the ledger into one file per facility`,
    };
}

export function failedMessage(name: string, detail: string): Bilingual {
  return {
    ja: `${name}: 確認が途中で止まりました（${detail}）。ほかのタブを閉じてもう一度選ぶか、台帳を施設ごとのファイルに分けてください`,
    en: `${name}: the check stopped unexpectedly (${detail}); close other tabs and choose the file again, or split the ledger into one file per facility`,
  };
}

