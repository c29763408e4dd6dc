import { t } from '../../i18n/t';
import { type MessageKey, zhCN } from '../../i18n/zh-CN';

/** t() with `{name}` placeholders filled in. */
export function tf(key: MessageKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message for a value (`designer.mode.` + `any` → 或签); an unknown value is shown as it is. */
export function tk(prefix: string, value: string): string {
  const key = `${prefix}${value}`;
  return key in zhCN ? t(key as MessageKey) : value;
}
