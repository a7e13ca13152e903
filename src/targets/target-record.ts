import type { DeepPartial } from 'typeorm';
import { normaliseEmail, toE164 } from './contact-numbers';
import type { TargetFieldsDto } from './dto/target-fields.dto';
import type { Target } from './target.entity';

/** The columns a target's input sets: each number and email both as printed and normalised. */
export function targetColumns(input: Partial<TargetFieldsDto>, country: string): DeepPartial<Target> {
  const columns: DeepPartial<Target> = { ...input };
  delete (columns as Partial<TargetFieldsDto>).fax;
  delete (columns as Partial<TargetFieldsDto>).phone;
  if (input.fax !== undefined) Object.assign(columns, { faxPrinted: input.fax, fax: input.fax ? toE164(input.fax, country) : null });
  if (input.phone !== undefined) Object.assign(columns, { phonePrinted: input.phone, phone: input.phone ? toE164(input.phone, country) : null });
  if (input.email !== undefined) Object.assign(columns, { emailPrinted: input.email, email: input.email ? normaliseEmail(input.email) : null });
  return columns;
}
