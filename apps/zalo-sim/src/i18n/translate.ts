import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };
export type Lang = 'vi' | 'en';
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Vietnamese unless the page is opened with `?lang=en`. */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

export function createTranslate(lang: Lang): Translate {
  return (key, params) => {
    const template = dictionaries[lang][key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined ? match : String(value);
    });
  };
}
