import type { ValidationError } from 'class-validator';
import type { FieldError } from '../platform/errors/field-error';

export type { FieldError };

/** Flattens class-validator's nested errors into one entry per failed constraint, naming the field's path. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const path = parentPath ? (segment.startsWith('[') ? `${parentPath}${segment}` : `${parentPath}.${segment}`) : segment;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message: message.replace(error.property, path) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}
