import { Body, Controller, HttpStatus, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { StaffOnly } from '../accounts/access.decorators';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { ImportDocumentDto } from './dto/import-document.dto';
import { ImportQuery } from './dto/import-query';
import { ImportsService } from './imports.service';
import { documentText, UploadedDocument } from './uploaded-document';
import { Audited } from '../audit/audited.decorator';
import { ApiAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { ImportedDraftDto } from './dto/imported-draft.dto';
import type { ImportedDraft } from './imported-draft';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Reads an Urgent Action document into a draft for review; `?create=true` saves it as a draft action. */
  @Post()
  @StaffOnly('admin', 'editor')
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(DocumentUploadInterceptor)
  @Audited('UrgentAction', () => undefined, { createdId: (answer) => (answer as ImportedDraft | undefined)?.created?.id })
  @ApiAnswer(ImportedDraftDto, { description: 'The document read into a draft, for review; nothing is saved' })
  @ApiAnswer(ImportedDraftDto, {
    status: 201,
    description: 'With `?create=true`: the draft saved as an action in status draft (`created`)',
  })
  @ApiRefusals(400, 409, 413, 422)
  async importDocument(
    @Body() input: ImportDocumentDto,
    @Query() query: ImportQuery,
    @UploadedFile() file: UploadedDocument | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportedDraft> {
    const text = await documentText(input.text, file);
    const imported = await this.imports.importDocument(text, { timeZone: input.timeZone, section: input.section, create: query.create });
    response.status(imported.created ? HttpStatus.CREATED : HttpStatus.OK);
    return imported;
  }
}
