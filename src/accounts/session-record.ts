import type { AuthToken } from './auth-token.entity';

/** A session or API token as other modules read it: its columns, without the user or supporter it belongs to. */
export type SessionRecord = Omit<AuthToken, 'user' | 'supporter'>;
