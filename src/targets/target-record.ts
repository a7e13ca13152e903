import type { DeepPartial } from 'typeorm';
import { BadRequestException } from '@nestjs/common';
import { normaliseEmail, toE164 } from './contact-numbers';
import type { TargetFieldsDto } from './dto/target-fields.dto';
import type { Target } from './target.entity';

/** The columns a target's input sets: each number and email both as printed and normalised. */
export function targetColumns(input: Partial<TargetFieldsDto>, country: string): DeepPartial<Target> {
  const columns: DeepPartial<Target> = { ...input };
  delete (columns as Partial<TargetFieldsDto>).fax;
  delete (columns as Partial<TargetFieldsDto>).phone;
  if (input.fax !== undefined) Object.assign(columns, { faxPrinted: input.fax, fax: dialable('fax', input.fax, country) });
  if (input.phone !== undefined) Object.assign(columns, { phonePrinted: input.phone, phone: dialable('phone', input.phone, country) });
  if (input.email !== undefined) Object.assign(columns, { emailPrinted: input.email, email: input.email ? normaliseEmail(input.email) : null });
  return columns;
}

function dialable(field: string, printed: string | null, country: string): string | null {
  if (!printed) return null;
  const number = toE164(printed, country);
  if (number) return number;
  const message = `${field} "${printed}" is not a valid number in ${country} (write it in international form, e.g. +41 22 786 0662)`;
  throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field, message }] });
}
