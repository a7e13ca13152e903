import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, ValidateBy } from 'class-validator';
import {
  normalisePersonalNote,
  PERSONAL_NOTE_MAX_LENGTH,
  PERSONAL_NOTE_MAX_LINES,
  PersonalNoteProblem,
  personalNoteProblem,
} from '../composition/personal-note';

const MESSAGES: Record<PersonalNoteProblem, string> = {
  tooLong: `personalNote must be at most ${PERSONAL_NOTE_MAX_LENGTH} characters`,
  tooManyLines: `personalNote must be at most ${PERSONAL_NOTE_MAX_LINES} lines`,
  controlCharacters: 'personalNote must be plain text without control characters (line breaks are fine)',
};

/** The supporter's own paragraph, added after the letter's paragraphs; plain text, normalised before it is checked. */
export function PersonalNoteField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      description: `The supporter’s own paragraph, after the letter’s paragraphs and before the asks: plain text, at most ${PERSONAL_NOTE_MAX_LENGTH} characters and ${PERSONAL_NOTE_MAX_LINES} lines`,
      maxLength: PERSONAL_NOTE_MAX_LENGTH,
    }),
    Transform(({ value }) => (typeof value === 'string' ? normalisePersonalNote(value) : value)),
    IsOptional(),
    IsString({ message: 'personalNote must be text' }),
    ValidateBy({
      name: 'personalNote',
      validator: {
        validate: (value) => typeof value !== 'string' || personalNoteProblem(value) === null,
        defaultMessage: (args) => MESSAGES[personalNoteProblem(String(args?.value)) ?? 'tooLong'],
      },
    }),
  );
}
