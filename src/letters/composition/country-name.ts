import { createRequire } from 'node:module';
import { getName, langs, registerLocale } from 'i18n-iso-countries';

const load = createRequire(__filename);
const registered = new Set<string>();
const supported = new Set(langs());

/** A country's name in the letter's language (English when the package has no such locale), or the code itself. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '';
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  const locale = supported.has(language) ? language : 'en';
  if (!registered.has(locale)) {
    registerLocale(load(`i18n-iso-countries/langs/${locale}.json`));
    registered.add(locale);
  }
  return getName(code.toUpperCase(), locale) ?? getName(code.toUpperCase(), 'en') ?? code;
}
