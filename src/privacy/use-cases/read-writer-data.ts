import { Injectable } from '@nestjs/common';
import { ListWriterLetterRequests } from '../../letters/use-cases/list-writer-letter-requests';
import { ListLettersOfAppeals } from '../../notifications/use-cases/list-letters-of-appeals';
import { ListAppealIds } from '../../supporters/use-cases/list-appeal-ids';
import { exportedRequest, type WriterData } from '../writer-data';
import type { ErasedSupporter } from '../writer-traces';

/**
 * For a supporter's data export: the letters the system was asked to send in their name (from their account or
 * their address), as far as we still hold them, and the requests behind them. Each row is built field by field, so a
 * column the tables gain later is not exported unless it is added here.
 */
@Injectable()
export class ReadWriterData {
  constructor(
    private readonly requests: ListWriterLetterRequests,
    private readonly appeals: ListAppealIds,
    private readonly letters: ListLettersOfAppeals,
  ) {}

  async execute(supporter: ErasedSupporter): Promise<WriterData> {
    const email = supporter.email.trim().toLowerCase();
    const requests = await this.requests.execute(supporter.id, email);
    const ownAppeals = await this.appeals.execute(supporter.id);
    const appealIds = [...new Set([...ownAppeals, ...requests.flatMap(({ appealRecordId }) => (appealRecordId ? [appealRecordId] : []))])];
    return { letters: await this.letters.execute(appealIds), letterRequests: requests.map(exportedRequest) };
  }
}
