import { BadRequestException, Param, PipeTransform } from '@nestjs/common';
import { LANGUAGE_TAG } from '../dto/supporter-fields.dto';

class LanguageTagPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (LANGUAGE_TAG.test(value)) return value;
    const message = `${this.name} must be a language tag such as "en" or "ko"`;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: this.name, message }] });
  }
}

/** A route parameter holding a BCP 47 language tag; a bad one is a 400 naming the parameter. */
export const LanguageParam = (name = 'lang') => Param(name, new LanguageTagPipe(name));
