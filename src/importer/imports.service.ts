import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ActionsService } from '../actions/actions.service';
import { ActionFieldsDto } from '../actions/dto/action-fields.dto';
import { Conflict, Refused } from '../platform/errors/domain-errors';
import { FindSectionByCode } from '../sections/use-cases/find-section-by-code';
import type { FieldError } from '../common/field-errors';
import type { ZoneChoice } from './deadline-zone';
import { invalidDraftFields } from './draft-validation';
import { DuplicateFinder } from './duplicate-finder';
import type { ImportedDraft } from './imported-draft';
import { readUrgentActionDocument } from './read-document';

export interface ImportOptions {
  timeZone?: string;
  /** Section code; its zone is the deadline's default. */
  section?: string;
  /** Save the draft as an action in status draft. */
  create?: boolean;
}

@Injectable()
export class ImportsService {
  constructor(
    private readonly sectionByCode: FindSectionByCode,
    private readonly duplicates: DuplicateFinder,
    private readonly actions: ActionsService,
  ) {}

  async importDocument(text: string, options: ImportOptions): Promise<ImportedDraft> {
    const reading = readUrgentActionDocument(text, await this.zoneChoice(options));
    const duplicateOf = await this.duplicates.find(reading);
    const invalid = await invalidDraftFields(reading.action);
    if (!options.create) return { ...reading, duplicateOf, invalid, created: null };

    if (duplicateOf) throw Conflict.at(duplicateOf.field, `${duplicateOf.reason} (POST ${duplicateOf.updatePath})`);
    if (invalid.length) throw Refused.at(invalid[0].field, `The draft cannot be saved until it has ${describe(invalid)}`);
    const action = await this.actions.create(plainToInstance(ActionFieldsDto, reading.action));
    return { ...reading, duplicateOf, invalid, created: { id: action.id, status: action.status } };
  }

  private async zoneChoice(options: ImportOptions): Promise<ZoneChoice> {
    if (!options.section) return { timeZone: options.timeZone };
    const section = await this.sectionByCode.execute(options.section);
    if (!section) throw Refused.at('section', `No section has the code ${options.section}`);
    return { timeZone: options.timeZone, section: { code: section.code, timeZone: section.timeZone } };
  }
}

const describe = (errors: FieldError[]) => [...new Set(errors.map((error) => error.field))].join(', ');
