import { Matches } from 'class-validator';

/** No CR or LF: a value that may end up in a mail header (a name, a subject) must not be able to start a new one. */
export const SingleLine = () => Matches(/^[^\r\n]*$/, { message: ({ property }) => `${property} must not contain line breaks` });
