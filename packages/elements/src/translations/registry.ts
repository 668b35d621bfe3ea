import { en, type Translation } from './en.js';

// Module state without side effects on the page: a plain map, English always present.
const translations = new Map<string, Translation>([[en.$code, en]]);

/** Makes dictionaries available to every element, keyed by their `$code` (e.g. `fr`, `pt-BR`). */
export function registerTranslation(...dictionaries: Translation[]): void {
  for (const dictionary of dictionaries) translations.set(dictionary.$code.toLowerCase(), dictionary);
}

/** The best dictionary for a BCP 47 tag: exact (`fr-ca`), then its language (`fr`), then English. */
export function translationFor(lang: string): Translation {
  const tag = lang.toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0] ?? '') ?? en;
}
