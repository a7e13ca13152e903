import { Injectable } from '@nestjs/common';
import type { LetterRequestRecord } from '../consent/letter-request-record';
import { LetterRequestsRepository } from '../consent/letter-requests.repository';

/** For a writer's data export: the requests made from their account or their address (lower-cased), oldest first. */
@Injectable()
export class ListWriterLetterRequests {
  constructor(private readonly requests: LetterRequestsRepository) {}

  execute(supporterId: string, email: string): Promise<LetterRequestRecord[]> {
    return this.requests.ofWriter(supporterId, email);
  }
}
