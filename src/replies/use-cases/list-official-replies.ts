import { Inject, Injectable } from '@nestjs/common';
import { assertPubliclyVisible } from '../../actions/public-visibility';
import { FindAction } from '../../actions/use-cases/find-action';
import { Clock } from '../../common/clock';
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

/** A reply as the organisation reads it: every column but the attachment's bytes (see `attachment`). */
export type OfficialReplyRecord = Omit<OfficialReply, 'attachment' | 'action' | 'target' | 'section' | 'recordedBy'>;

export const publicReply = (reply: OfficialReply): PublicOfficialReply => ({
  id: reply.id,
  targetId: reply.targetId,
  receivedOn: reply.receivedOn,
  channel: reply.channel,
  summary: reply.summary,
  attachmentName: reply.attachmentName,
});

/**
 * An action's replies: the public ones for anyone who may see the action (published, past its embargo), all of them
 * (with who recorded them) for the organisation.
 */
@Injectable()
export class ListOfficialReplies {
  constructor(
    private readonly replies: OfficialRepliesRepository,
    private readonly actions: FindAction,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(actionId: string, member: true): Promise<OfficialReplyRecord[]>;
  execute(actionId: string, member: false): Promise<PublicOfficialReply[]>;
  execute(actionId: string, member: boolean): Promise<(PublicOfficialReply | OfficialReplyRecord)[]>;
  async execute(actionId: string, member: boolean): Promise<(PublicOfficialReply | OfficialReplyRecord)[]> {
    if (!member) await this.assertPublic(actionId);
    const replies = await this.replies.forAction(actionId, member);
    return member ? replies : replies.map(publicReply);
  }

  /** The file that came with a reply; a private reply's is the organisation's only. */
  async attachment(actionId: string, replyId: string, member: boolean): Promise<{ name: string; type: string; bytes: Buffer }> {
    if (!member) await this.assertPublic(actionId);
    const reply = await this.replies.withAttachment(actionId, replyId);
    if (!reply || !reply.attachment || (!reply.isPublic && !member)) throw NotFound.entity('Reply attachment', replyId);
    return { name: reply.attachmentName ?? 'reply', type: reply.attachmentType ?? 'application/octet-stream', bytes: reply.attachment };
  }

  /** A draft, an embargoed or an unknown action is not found, for replies as for the action itself. */
  private async assertPublic(actionId: string): Promise<void> {
    const action = await this.actions.execute(actionId);
    if (!action) throw NotFound.entity('Action', actionId);
    assertPubliclyVisible(action, this.clock.now(), false);
  }
}
