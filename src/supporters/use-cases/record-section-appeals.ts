import { Injectable } from '@nestjs/common';
import type { RecordedAppeals, SectionAppeals } from '../supporter-read-model';
import { AppealRecordsRepository } from '../appeal-records.repository';

/** Records letters a section's members sent themselves, counted with the supporters' own; the caller checked the report. */
@Injectable()
export class RecordSectionAppeals {
  constructor(private readonly appeals: AppealRecordsRepository) {}

  execute(report: SectionAppeals): Promise<RecordedAppeals> {
    return this.appeals.insertSectionAppeals(report);
  }
}
