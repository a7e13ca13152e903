import type { FieldError } from './field-error';

/** What went wrong, in the domain's terms; the filters decide what each kind looks like over HTTP or on a page. */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'not-allowed' | 'not-found' | 'conflict' | 'gone' | 'refused' | 'too-many';

/** A refusal a use case explains to the caller, naming the fields at fault. Anything else thrown is a fault of ours. */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The error about one field, with the same message at the top and beside the field. */
  static at<T extends DomainError>(this: new (message: string, fieldErrors: FieldError[]) => T, field: string, message: string): T {
    return new this(message, [{ field, message }]);
  }

  /** The error about several fields, its message all of theirs. */
  static of<T extends DomainError>(this: new (message: string, fieldErrors: FieldError[]) => T, fieldErrors: FieldError[]): T {
    return new this(fieldErrors.map((error) => error.message).join('; '), fieldErrors);
  }
}

/** The input itself is malformed or out of range. */
export class Invalid extends DomainError {
  readonly kind = 'invalid';
}

/** The caller could not be recognised: a wrong password, a tampered or expired link. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}

/** Others may do this; this caller may not. */
export class NotAllowed extends DomainError {
  readonly kind = 'not-allowed';
}

/** Nothing by that name. */
export class NotFound extends DomainError {
  readonly kind = 'not-found';

  static entity(entity: string, id: string): NotFound {
    return new NotFound(`${entity} ${id} does not exist`);
  }
}

/** The same thing exists already, or was done already. */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

/** It was real once, but is done or gone for good. */
export class Gone extends DomainError {
  readonly kind = 'gone';
}

/** Well-formed, but refused by a rule or by the state things are in. */
export class Refused extends DomainError {
  readonly kind = 'refused';
}

/** A limit on how much or how often was reached. */
export class TooMany extends DomainError {
  readonly kind = 'too-many';
}
