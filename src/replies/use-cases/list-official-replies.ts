import { Injectable } from '@nestjs/common';
import { NotFound } from '../../platform/errors/domain-errors';
import { OfficialRepliesRepository } from '../official-replies.repository';
import type { OfficialReply } from '../official-reply.entity';
import type { ReplyChannel } from '../reply-channel';

/** A reply as the public sees it: no recorder, no section, only whether a file comes with it. */
export interface PublicOfficialReply {
  id: string;
  targetId: string;
  receivedOn: string;
  channel: ReplyChannel;
  summary: string;
  attachmentName: string | null;
}

export const publicReply = (reply: OfficialReply): PublicOfficialReply => ({
  id: reply.id, targetId: reply.targetId, receivedOn: reply.receivedOn, channel: reply.channel, summary: reply.summary,
  attachmentName: reply.attachmentName,
});

/** An action's replies: the public ones for anyone, all of them (with who recorded them) for the organisation. */
@Injectable()
export class ListOfficialReplies {
  constructor(private readonly replies: OfficialRepliesRepository) {}

  async execute(actionId: string, member: boolean): Promise<(PublicOfficialReply | OfficialReply)[]> {
    const replies = await this.replies.forAction(actionId, member);
    return member ? replies : replies.map(publicReply);
  }

  /** The file that came with a reply; a private reply's is the organisation's only. */
  async attachment(actionId: string, replyId: string, member: boolean): Promise<{ name: string; type: string; bytes: Buffer }> {
    const reply = await this.replies.withAttachment(actionId, replyId);
    if (!reply || !reply.attachment || (!reply.isPublic && !member)) throw NotFound.entity('Reply attachment', replyId);
    return { name: reply.attachmentName ?? 'reply', type: reply.attachmentType ?? 'application/octet-stream', bytes: reply.attachment };
  }
}
