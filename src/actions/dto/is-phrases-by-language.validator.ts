import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_LANGUAGES = 20;
const MAX_PHRASE_LENGTH = 300;

function problemOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object of language tags to phrases';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LANGUAGES) return `may hold at most ${MAX_LANGUAGES} languages`;
  for (const [language, phrase] of entries) {
    if (!LANGUAGE_TAG.test(language)) return `has "${language}", which is not a language tag such as "en" or "ko"`;
    if (typeof phrase !== 'string' || phrase.trim() === '' || phrase.length > MAX_PHRASE_LENGTH || /[\r\n]/.test(phrase)) {
      return `.${language} must be one line of 1 to ${MAX_PHRASE_LENGTH} characters`;
    }
  }
  return null;
}

/** `{ "en": "at least nine North Koreans", "ko": "최소 9명의 북한 주민" }`: one phrase per language tag. */
export function IsPhrasesByLanguage(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPhrasesByLanguage',
      target: object.constructor,
      propertyName,
      options: { message: (args: ValidationArguments) => `${args.property} ${problemOf(args.value) ?? 'is invalid'}`, ...options },
      validator: { validate: (value: unknown) => problemOf(value) === null },
    });
}
