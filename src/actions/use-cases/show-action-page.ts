import { Injectable } from '@nestjs/common';
import { ListOfficialReplies, type PublicOfficialReply } from '../../replies/use-cases/list-official-replies';
import { type PublishedAction, ReadPublishedActions } from './read-published-actions';

/** What the public action page shows: the action as the document reads, its updates, appeals, and the public replies. */
export interface ActionPageReadModel extends PublishedAction {
  replies: PublicOfficialReply[];
}

/** One action's public page; null for an action the public may not see (a draft, an embargo, an unknown id). */
@Injectable()
export class ShowActionPage {
  constructor(
    private readonly published: ReadPublishedActions,
    private readonly replies: ListOfficialReplies,
  ) {}

  async execute(id: string): Promise<ActionPageReadModel | null> {
    const found = await this.published.one(id);
    if (!found) return null;
    // Replies from officials that staff made public.
    return { ...found, replies: await this.replies.execute(id, false) };
  }
}
