import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, StaffOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, isOrganisationMember, type Principal } from '../accounts/principal';
import { RateLimited } from '../accounts/rate-limited.decorator';
import { IdParam } from '../common/id-param';
import { LetterDelivery } from './delivery/letter-delivery.service';
import { LetterQueryDto } from './dto/letter-query.dto';
import { RecordLetterDto, SendLetterDto, TestSendLetterDto } from './dto/send-letter.dto';
import { LettersService } from './letters.service';
import { signedInSupporter, withProfile } from './signed-in-supporter';

@ApiTags('letters')
@Controller('actions/:id/letters')
export class LettersController {
  constructor(private readonly letters: LettersService, private readonly delivery: LetterDelivery) {}

  /** Per target: subject, HTML, plain text, the PDF's address and a mailto link. Drafts are 404 to all but staff. */
  @Get()
  @Public()
  list(@IdParam() id: string, @Query() query: LetterQueryDto, @CurrentPrincipal() principal?: Principal) {
    return this.letters.previews(id, withProfile(query, signedInSupporter(principal)), isOrganisationMember(principal));
  }

  @Get(':targetId.pdf')
  @Public()
  async pdf(@IdParam() id: string, @IdParam('targetId') targetId: string, @Query() query: LetterQueryDto, @CurrentPrincipal() principal?: Principal) {
    const { pdf, fileName } = await this.letters.pdf(id, targetId, withProfile(query, signedInSupporter(principal)), isOrganisationMember(principal));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${fileName}"`, length: pdf.length });
  }

  /** Sends by email or fax and records the appeal; 422 after the deadline (unless late appeals are allowed) or once closed. */
  @Post('send')
  @Public()
  @RateLimited()
  send(@IdParam() id: string, @Body() input: SendLetterDto, @CurrentPrincipal() principal?: Principal) {
    return this.delivery.send(id, input, signedInSupporter(principal));
  }

  /** "I've sent it": records a letter sent by post, from the supporter's own mail program, or otherwise. */
  @Post('record')
  @Public()
  @RateLimited()
  record(@IdParam() id: string, @Body() input: RecordLetterDto, @CurrentPrincipal() principal?: Principal) {
    const supporter = signedInSupporter(principal);
    return this.delivery.record(id, withProfile(input, supporter), supporter);
  }

  /** The letter, with its PDF, to a staff address only; no target is written to and nothing is counted. */
  @Post('test-send')
  @HttpCode(200)
  @StaffOnly('admin', 'editor')
  testSend(@IdParam() id: string, @Body() input: TestSendLetterDto) {
    return this.delivery.testSend(id, input);
  }
}
