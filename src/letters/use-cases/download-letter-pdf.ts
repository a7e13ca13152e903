import { Injectable } from '@nestjs/common';
import type { SupporterRecord } from '../../supporters/supporter-read-model';
import type { LetterPdfQueryDto } from '../dto/letter-query.dto';
import { LettersService, referencedQuery } from '../letters.service';
import { LetterReferences } from '../references/letter-references';
import { withProfile } from '../signed-in-supporter';

/**
 * One letter as a PDF: signed with the fields a `pdfUrl`'s reference stands for, else the query's, and where they leave
 * a field out, a signed-in supporter's profile.
 */
@Injectable()
export class DownloadLetterPdf {
  constructor(
    private readonly letters: LettersService,
    private readonly references: LetterReferences,
  ) {}

  async execute(
    actionId: string,
    targetId: string,
    { ref, ...query }: LetterPdfQueryDto,
    supporter: SupporterRecord | null,
    isOrganisationMember: boolean,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const fields = ref ? referencedQuery(await this.references.read(ref), targetId.toLowerCase(), query.lang) : query;
    return this.letters.pdf(actionId, targetId, withProfile(fields, supporter), isOrganisationMember);
  }
}
