import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { Public, StaffOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, isOrganisationMember, type Principal } from '../accounts/principal';
import { RateLimited } from '../accounts/rate-limited.decorator';
import { IdParam } from '../common/id-param';
import { LetterRequestStatus } from './consent/letter-request-status';
import { LetterRequests } from './consent/letter-requests.service';
import { LetterDelivery } from './delivery/letter-delivery.service';
import { LetterReports } from './delivery/letter-reports.service';
import { LetterPdfQueryDto, LetterQueryDto } from './dto/letter-query.dto';
import { RecordLetterDto, SendLetterDto, TestSendLetterDto } from './dto/send-letter.dto';
import { LettersService } from './letters.service';
import { DownloadLetterPdf } from './use-cases/download-letter-pdf';
import { signedInSupporter, withProfile } from './signed-in-supporter';
import { ApiAnswer, ApiFileAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { LetterRequestReceiptDto, ReportedLetterReceiptDto } from './dto/letter-receipt.dto';
import { LetterPreviewsDto, LetterTestReceiptDto } from './dto/letter-preview.dto';

@ApiTags('letters')
@Controller('actions/:id/letters')
export class LettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly delivery: LetterDelivery,
    private readonly requests: LetterRequests,
    private readonly reports: LetterReports,
    private readonly pdfs: DownloadLetterPdf,
  ) {}

  /** Per target: subject, HTML, plain text, the PDF's address and a mailto link. Drafts are 404 to all but staff. */
  @Get()
  @Public()
  @ApiAnswer(LetterPreviewsDto)
  @ApiRefusals(400, 404)
  list(@IdParam() id: string, @Query() query: LetterQueryDto, @CurrentPrincipal() principal?: Principal): Promise<LetterPreviewsDto> {
    return this.letters.previews(id, withProfile(query, signedInSupporter(principal)), isOrganisationMember(principal));
  }

  /** The same, with the writer's fields in the body: nothing personal in the URL. Each `pdfUrl` carries a one-hour `ref`. */
  @Post('previews')
  @HttpCode(200)
  @Public()
  @ApiAnswer(LetterPreviewsDto)
  @ApiRefusals(400, 404)
  previews(@IdParam() id: string, @Body() query: LetterQueryDto, @CurrentPrincipal() principal?: Principal): Promise<LetterPreviewsDto> {
    return this.letters.previews(id, withProfile(query, signedInSupporter(principal)), isOrganisationMember(principal));
  }

  /** `ref` (from a `pdfUrl`) stands for the writer's fields; without it, the query's fields are used. */
  @Get(':targetId.pdf')
  @Public()
  @ApiFileAnswer('application/pdf', 'The letter as a PDF, to print and post or fax')
  @ApiRefusals(400, 404, 410)
  async pdf(
    @IdParam() id: string,
    @IdParam('targetId') targetId: string,
    @Query() query: LetterPdfQueryDto,
    @CurrentPrincipal() principal?: Principal,
  ) {
    const { pdf, fileName } = await this.pdfs.execute(id, targetId, query, signedInSupporter(principal), isOrganisationMember(principal));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${fileName}"`, length: pdf.length });
  }

  /**
   * Asks the system to send a letter by email or fax in the writer's name. It waits (202, `awaiting confirmation`)
   * until the writer opens the link mailed to `email`; a signed-in supporter writing from their confirmed address is
   * counted and queued at once (201). Asking again for the same target answers the first request (200, `repeated`).
   * 422 after the deadline (unless late appeals are allowed) or once closed; 429 past a daily cap.
   */
  @Post('send')
  @Public()
  @RateLimited()
  @ApiAnswer(LetterRequestReceiptDto, {
    status: 201,
    description: 'Counted and queued at once (a signed-in supporter at their confirmed address)',
  })
  @ApiAnswer(LetterRequestReceiptDto, { status: 202, description: "Awaiting the writer's confirmation from their inbox" })
  @ApiAnswer(LetterRequestReceiptDto, { status: 200, description: 'Asked for before: the first request (`repeated`)' })
  @ApiRefusals(400, 404, 422)
  async send(
    @IdParam() id: string,
    @Body() input: SendLetterDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal?: Principal,
  ) {
    const receipt = await this.requests.send(id, input, { supporter: signedInSupporter(principal), ip: request.ip ?? null });
    response.status(receipt.repeated ? 200 : receipt.status === LetterRequestStatus.AwaitingConfirmation ? 202 : 201);
    return receipt;
  }

  /**
   * "I've sent it": records a letter sent by post, from the supporter's own mail program, or otherwise. The same
   * writer's report of a letter to the same target by the same channel counts once (200, `repeated`); 429 past the
   * daily cap per IP.
   */
  @Post('record')
  @Public()
  @RateLimited()
  @ApiAnswer(ReportedLetterReceiptDto, { status: 201, description: 'Counted' })
  @ApiAnswer(ReportedLetterReceiptDto, { status: 200, description: 'Reported before by the same writer: counted once (`repeated`)' })
  @ApiRefusals(400, 404, 422)
  async record(
    @IdParam() id: string,
    @Body() input: RecordLetterDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal?: Principal,
  ) {
    const supporter = signedInSupporter(principal);
    const receipt = await this.reports.record(id, withProfile(input, supporter), { supporter, ip: request.ip ?? null });
    // A letter reported again counts once: the first report is the answer.
    response.status(receipt.repeated ? 200 : 201);
    return receipt;
  }

  /**
   * The letter, with its PDF, to a staff address only; no target is written to and nothing is counted. Queued in the
   * outbox (202) under the Message-ID it answers; it shows on the delivery report like any message.
   */
  @Post('test-send')
  @HttpCode(202)
  @StaffOnly('admin', 'editor')
  @ApiAnswer(LetterTestReceiptDto, { status: 202, description: 'Queued in the outbox, to `to` alone' })
  @ApiRefusals(400, 404)
  testSend(@IdParam() id: string, @Body() input: TestSendLetterDto): Promise<LetterTestReceiptDto> {
    return this.delivery.testSend(id, input);
  }
}
