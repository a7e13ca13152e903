import type { LetterRequest } from './letter-request.entity';

export type { RequestedLetter } from './letter-request.entity';

/** A letter request as other modules read it: its columns, without the rows it points to. */
export type LetterRequestRecord = Omit<LetterRequest, 'action' | 'target' | 'supporter' | 'confirmation' | 'appealRecord'>;
