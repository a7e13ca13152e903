import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError, flattenValidationErrors } from '../../common/field-errors';
import { refusalOf } from '../../platform/errors/refusal';

type DtoClass = new () => object;

/** What the API's validation pipe would refuse in this input, field by field (the same paths the API names). */
export async function invalidFields(dto: DtoClass, input: Record<string, unknown>): Promise<FieldError[]> {
  const errors = await validate(plainToInstance(dto, input), { whitelist: true, forbidNonWhitelisted: true });
  return flattenValidationErrors(errors);
}

/** A use case's refusal as field errors; anything else is not the user's to fix and is rethrown. */
export function refusedFields(error: unknown): FieldError[] {
  const refusal = refusalOf(error);
  return refusal.fieldErrors.length > 0 ? refusal.fieldErrors : [{ field: '', message: refusal.message }];
}

/** The errors shown beside each of these fields (by the top-level name of the path), and the rest under `other`. */
export function errorsByField(errors: FieldError[], fields: readonly string[]): Record<string, string | null> {
  const shown: Record<string, string | null> = Object.fromEntries([...fields, 'other'].map((field) => [field, null]));
  for (const error of errors) {
    const top = error.field.split(/[.[]/)[0];
    const key = fields.includes(top) ? top : 'other';
    shown[key] = shown[key] ? `${shown[key]}; ${error.message}` : error.message;
  }
  return shown;
}
