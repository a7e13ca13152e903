import { plainToInstance } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions, validateSync } from 'class-validator';
import { flattenValidationErrors } from '../../common/field-errors';
import { ActionTranslationDto } from './action-translation.dto';
import { LANGUAGE_TAG } from './is-phrases-by-language.validator';

const MAX_LANGUAGES = 20;

function problemOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object of language tags to translations';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LANGUAGES) return `may hold at most ${MAX_LANGUAGES} languages`;
  for (const [language, translation] of entries) {
    if (!LANGUAGE_TAG.test(language)) return `has "${language}", which is not a language tag such as "en" or "ko"`;
    if (typeof translation !== 'object' || translation === null) return `.${language} must be an object`;
    const errors = validateSync(plainToInstance(ActionTranslationDto, translation), { whitelist: true, forbidNonWhitelisted: true });
    const [first] = flattenValidationErrors(errors);
    if (first) return `.${language}.${first.field}: ${first.message}`;
  }
  return null;
}

/** `{ "ko": { "title": …, "summary": …, "asks": [ … ] } }`: the action's text per language, each checked as a whole. */
export function IsTranslationsByLanguage(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTranslationsByLanguage',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => `${args.property}${problemOf(args.value)?.replace(/^(?=[^.])/, ' ') ?? ' is invalid'}`,
        ...options,
      },
      validator: { validate: (value: unknown) => problemOf(value) === null },
    });
}
