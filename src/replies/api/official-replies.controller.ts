import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public, SectionAccess, StaffOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, isOrganisationMember, type Principal } from '../../accounts/principal';
import { Audited } from '../../audit/audited.decorator';
import { IdParam } from '../../common/id-param';
import { ApiAnswer, ApiAnswerEither, ApiFileAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { OfficialReplyDto, PublicOfficialReplyDto } from '../dto/official-reply.dto';
import { RecordOfficialReplyDto } from '../dto/record-official-reply.dto';
import { ListOfficialReplies } from '../use-cases/list-official-replies';
import { RecordOfficialReply } from '../use-cases/record-official-reply';

const userIdOf = (principal: Principal | undefined) => (principal?.kind === 'user' ? principal.user.id : null);

@ApiTags('replies')
@Controller()
export class OfficialRepliesController {
  constructor(
    private readonly record: RecordOfficialReply,
    private readonly list: ListOfficialReplies,
  ) {}

  /** Staff record a reply an official sent: date, channel, a summary, an optional file, and whether it is public. */
  @Post('actions/:id/replies')
  @StaffOnly()
  @Audited('OfficialReply')
  @ApiAnswer(OfficialReplyDto, { status: 201, description: 'The reply, recorded' })
  @ApiRefusals(400, 404, 422)
  recordByStaff(
    @IdParam() id: string,
    @Body() input: RecordOfficialReplyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfficialReplyDto> {
    return this.record.execute(id, input, { userId: userIdOf(principal), sectionId: null });
  }

  /** A section records a reply one of the action's targets (a local embassy, say) sent it. */
  @Post('sections/:sectionId/actions/:id/replies')
  @SectionAccess('sectionId')
  @Audited('OfficialReply')
  @ApiAnswer(OfficialReplyDto, { status: 201, description: 'The reply, recorded for the section' })
  @ApiRefusals(400, 404, 422)
  recordBySection(
    @IdParam('sectionId') sectionId: string,
    @IdParam() id: string,
    @Body() input: RecordOfficialReplyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfficialReplyDto> {
    return this.record.execute(id, input, { userId: userIdOf(principal), sectionId });
  }

  /** The action's replies: the public ones for anyone, all of them for staff and sections. */
  @Get('actions/:id/replies')
  @Public()
  @ApiAnswerEither(
    [[PublicOfficialReplyDto], [OfficialReplyDto]],
    'Its replies by the day they arrived: the public ones; every one, with who recorded it, for staff and sections. 404 to the public for an action it may not see (a draft, under embargo)',
  )
  @ApiRefusals(400, 404)
  replies(
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<(PublicOfficialReplyDto | OfficialReplyDto)[]> {
    return this.list.execute(id, isOrganisationMember(principal));
  }

  @Get('actions/:id/replies/:replyId/attachment')
  @Public()
  @ApiFileAnswer(
    ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'message/rfc822'],
    "The file that came with the reply, as recorded; a private reply's only for staff and sections",
  )
  @ApiRefusals(400, 404)
  async attachment(
    @IdParam() id: string,
    @IdParam('replyId') replyId: string,
    @CurrentPrincipal() principal: Principal | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.list.attachment(id, replyId, isOrganisationMember(principal));
    response.setHeader('Content-Disposition', `attachment; filename="${file.name.replace(/"/g, '')}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    response.type(file.type).send(file.bytes);
  }
}
