import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { LetterSettings } from './letter-settings.entity';
import { LetterTemplate } from './letter-template.entity';

/** What supporters' letters to an action are made from: its templates and its settings. */
@Injectable()
export class LettersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The action's own templates, and the section's translations staff have approved. */
  templatesFor(actionId: string, sectionId: string | null): Promise<LetterTemplate[]> {
    return this.dataSource.getRepository(LetterTemplate).find({
      where: [
        { action: { id: actionId }, section: IsNull() },
        // A section's translation counts only once staff have approved it.
        ...(sectionId ? [{ action: { id: actionId }, section: { id: sectionId }, approvedAt: Not(IsNull()) }] : []),
      ],
    });
  }

  /** The action's settings; null when it has none (the defaults apply). */
  settingsOf(actionId: string): Promise<LetterSettings | null> {
    return this.dataSource.getRepository(LetterSettings).findOneBy({ actionId });
  }
}
