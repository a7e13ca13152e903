import { Injectable } from '@nestjs/common';
import type { SessionRecord } from '../session-record';
import { SessionsRepository } from '../sessions.repository';

/** A supporter's sessions, oldest first, for their data export. */
@Injectable()
export class ListSupporterSessions {
  constructor(private readonly sessions: SessionsRepository) {}

  execute(supporterId: string): Promise<SessionRecord[]> {
    return this.sessions.ofSupporter(supporterId);
  }
}
