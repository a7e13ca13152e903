import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { AuthToken } from './auth-token.entity';

export type NewToken = Pick<AuthToken, 'kind' | 'tokenHash' | 'expiresAt'> & Partial<Pick<AuthToken, 'label' | 'userId' | 'supporterId'>>;

/** Sessions and API tokens, kept as keyed hashes: the only way to them. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get tokens() {
    return this.dataSource.getRepository(AuthToken);
  }

  insert(token: NewToken): Promise<AuthToken> {
    return this.tokens.save(this.tokens.create({ label: null, userId: null, supporterId: null, ...token }));
  }

  /** The token with this hash, with the user or supporter it belongs to. */
  withHolder(tokenHash: string): Promise<AuthToken | null> {
    return this.tokens.findOne({ where: { tokenHash }, relations: { user: true, supporter: true } });
  }

  apiTokensOf(userId: string): Promise<AuthToken[]> {
    return this.tokens.find({ where: { userId, kind: 'api' }, order: { createdAt: 'ASC' } });
  }

  /** The supporter's sessions, oldest first. */
  ofSupporter(supporterId: string): Promise<AuthToken[]> {
    return this.tokens.find({ where: { supporterId }, order: { createdAt: 'ASC' } });
  }

  /** Deletes the token (only if it is this user's, when one is named); how many went. */
  async remove(tokenId: string, userId?: string): Promise<number> {
    const result = await this.tokens.delete(userId ? { id: tokenId, userId } : { id: tokenId });
    return result.affected ?? 0;
  }

  async removeExpired(now: Date): Promise<number> {
    const result = await this.tokens.delete({ expiresAt: LessThanOrEqual(now) });
    return result.affected ?? 0;
  }
}
