import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { toE164 } from './contact-numbers';

/**
 * The value must be a valid phone/fax number, read in the country named by the object's `country` field.
 * A partial update without `country` can only be checked against the stored target, so the service does that.
 */
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
        validate: (value: unknown, args: ValidationArguments) => {
          if (typeof value !== 'string') return false;
          const country = (args.object as { country?: string }).country;
          return country === undefined && !value.trim().startsWith('+') ? true : toE164(value, country) !== null;
        },
      },
    });
}
