import { type MessageKey, zhCN } from './zh-CN';

const catalogs: Record<string, Partial<Record<MessageKey, string>>> = { 'zh-CN': zhCN };
let locale = 'zh-CN';

export function setLocale(next: string): void {
  if (catalogs[next]) locale = next;
}

/** Looks a message up in the current locale, falling back to zh-CN. */
export function t(key: MessageKey): string {
  return catalogs[locale]?.[key] ?? zhCN[key];
}
