import { ui } from '../i18n/ui';
import type { Lang } from '../types';
import type { DueItem } from './report';

/** Days until due, as a person says it: `あと 3 日`, `今日まで`, `期限切れ 2 日`. */
export function timeLeftText(item: DueItem, lang: Lang): string {
  const words = ui(lang).due;
  if (item.overdue) return item.daysLeft < 0 ? words.overdueBy(-item.daysLeft) : words.overdueNow;
  return item.daysLeft === 0 ? words.today : words.daysLeft(item.daysLeft);
}
