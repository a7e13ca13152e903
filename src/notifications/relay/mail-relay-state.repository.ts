import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailRelayState } from './mail-relay-state.entity';

/** The relay's row in mail_relay_state: its problem while it fails, shared by every worker. */
@Injectable()
export class MailRelayStateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the relay's problem; answers since when it has been failing (kept while it keeps failing). */
  async recordProblem(relay: string, problem: string, now: Date): Promise<Date> {
    const [row]: { failingSince: Date }[] = await this.dataSource.query(
      `INSERT INTO mail_relay_state ("relay", "problem", "failingSince", "updatedAt") VALUES ($1, $2, $3, now())
       ON CONFLICT ("relay") DO UPDATE SET "problem" = $2, "failingSince" = COALESCE(mail_relay_state."failingSince", $3), "updatedAt" = now()
       RETURNING "failingSince"`,
      [relay, problem, now],
    );
    return row.failingSince;
  }

  /** Clears the relay's problem; answers whether there was one. */
  async clearProblem(relay: string): Promise<boolean> {
    const cleared: unknown[] = await this.dataSource.query(
      `UPDATE mail_relay_state SET "problem" = NULL, "failingSince" = NULL, "updatedAt" = now() WHERE "relay" = $1 AND "problem" IS NOT NULL RETURNING "relay"`,
      [relay],
    );
    // TypeORM answers an UPDATE with [rows, count].
    return (Array.isArray(cleared[0]) ? cleared[0] : cleared).length > 0;
  }

  find(relay: string): Promise<MailRelayState | null> {
    return this.dataSource.getRepository(MailRelayState).findOneBy({ relay });
  }
}
