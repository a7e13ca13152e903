import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { toE164 } from './contact-numbers';

/** The value must be a valid phone/fax number, read in the country named by the object's `country` field. */
export function IsDialableForCountry(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDialableForCountry',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} "${String(args.value)}" is not a valid number (write it in international form, e.g. +41 22 786 0662)`,
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && toE164(value, (args.object as { country?: string }).country) !== null,
      },
    });
}
