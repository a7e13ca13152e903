import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { Invalid, NotFound, Refused } from '../../platform/errors/domain-errors';
import type { RecordOfficialReplyDto } from '../dto/record-official-reply.dto';
import { OfficialRepliesRepository } from '../official-replies.repository';
import type { OfficialReply } from '../official-reply.entity';

const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Who records it: staff, or a coordinator for their section. */
export interface ReplyRecorder {
  userId: string | null;
  sectionId: string | null;
}

/** Records a reply an official sent about an action: from one of its targets, on a day that has come. */
@Injectable()
export class RecordOfficialReply {
  constructor(
    private readonly replies: OfficialRepliesRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(actionId: string, input: RecordOfficialReplyDto, recorder: ReplyRecorder): Promise<OfficialReply> {
    const targetIds = await this.replies.targetIdsOf(actionId);
    if (!targetIds) throw NotFound.entity('Action', actionId);
    if (!targetIds.has(input.targetId)) throw Refused.at('targetId', `Target ${input.targetId} is not one of this action's targets`);
    if (input.receivedOn > this.clock.now().toISOString().slice(0, 10))
      throw Invalid.at('receivedOn', 'receivedOn cannot be a day still to come');
    const attachment = input.attachment ? Buffer.from(input.attachment.base64, 'base64') : null;
    if (attachment && attachment.length > MAX_ATTACHMENT_BYTES) throw Invalid.at('attachment', 'attachment must be at most 5 MB');
    return this.replies.insert({
      actionId,
      targetId: input.targetId,
      receivedOn: input.receivedOn,
      channel: input.channel,
      summary: input.summary,
      isPublic: input.isPublic ?? false,
      attachmentName: input.attachment?.fileName ?? null,
      attachmentType: input.attachment?.contentType ?? null,
      attachment,
      sectionId: recorder.sectionId,
      recordedByUserId: recorder.userId,
    });
  }
}
