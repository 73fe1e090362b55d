import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };
export type Lang = 'vi' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** Looks a message up and fills its `{name}` parameters; unknown parameters are left as written. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
