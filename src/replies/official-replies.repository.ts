import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OfficialReply } from './official-reply.entity';

export type NewOfficialReply = Omit<OfficialReply, 'id' | 'createdAt'>;

/** Where replies are kept: the replies module's only way to the database. */
@Injectable()
export class OfficialRepliesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(reply: NewOfficialReply): Promise<OfficialReply> {
    const repository = this.dataSource.getRepository(OfficialReply);
    const { id } = await repository.save(repository.create(reply));
    return repository.findOneByOrFail({ id });
  }

  /** An action's replies, oldest first; only the public ones unless `all`. */
  forAction(actionId: string, all: boolean): Promise<OfficialReply[]> {
    return this.dataSource.getRepository(OfficialReply).find({
      where: all ? { actionId } : { actionId, isPublic: true },
      order: { receivedOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /** One reply of the action with its attachment's bytes. */
  withAttachment(actionId: string, replyId: string): Promise<OfficialReply | null> {
    return this.dataSource
      .getRepository(OfficialReply)
      .createQueryBuilder('reply')
      .addSelect('reply.attachment')
      .where('reply.id = :replyId AND reply."actionId" = :actionId', { replyId, actionId })
      .getOne();
  }

  /** Replies per target of the action. */
  async countsByTarget(actionId: string): Promise<Map<string, number>> {
    const rows: { targetId: string; replies: number }[] = await this.dataSource.query(
      'SELECT "targetId", count(*)::int AS "replies" FROM official_reply WHERE "actionId" = $1 GROUP BY "targetId"',
      [actionId],
    );
    return new Map(rows.map((row) => [row.targetId, row.replies]));
  }

  /** The target ids the action is addressed to (its own and sections' local ones), to refuse a reply from anyone else. */
  async targetIdsOf(actionId: string): Promise<Set<string> | null> {
    const [action]: { id: string }[] = await this.dataSource.query('SELECT "id" FROM urgent_action WHERE "id" = $1', [actionId]);
    if (!action) return null;
    const rows: { targetId: string }[] = await this.dataSource.query('SELECT "targetId" FROM action_target WHERE "actionId" = $1', [
      actionId,
    ]);
    return new Set(rows.map((row) => row.targetId));
  }
}
