import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Letters counted for one action, one target, one channel on one day (in the action's deadline time zone). */
export interface AppealCountRow {
  actionId: string;
  actionReference: string | null;
  actionTitle: string;
  targetId: string | null;
  targetName: string | null;
  channel: string;
  day: string;
  letters: number;
}

/** One count a section reported of letters its members sent themselves. */
export interface PaperCountRow {
  recordId: string;
  actionId: string;
  actionReference: string | null;
  targetId: string | null;
  targetName: string | null;
  channel: string;
  letters: number;
  sentOn: string;
  recordedAt: Date;
}

/** A confirmed supporter who agreed to share their details with their section. */
export interface SharedSupporterRow {
  supporterId: string;
  name: string;
  email: string;
  city: string | null;
  country: string | null;
  language: string;
  confirmedAt: Date;
  createdAt: Date;
}

/** Rows are read a page at a time, so an export of any size holds one page in memory. */
const PAGE_SIZE = 1000;

/** What the exports read: the exports module's only way to the database. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sectionExists(id: string): Promise<boolean> {
    return (await this.dataSource.query('SELECT 1 FROM section WHERE id = $1', [id])).length > 0;
  }

  async actionExists(id: string): Promise<boolean> {
    return (await this.dataSource.query('SELECT 1 FROM urgent_action WHERE id = $1', [id])).length > 0;
  }

  /** Appeals per action, target, channel and day; only one section's letters when `sectionId` is set. */
  async *appealCounts(scope: { sectionId: string | null; actionId: string | null }): AsyncGenerator<AppealCountRow[]> {
    const sql = `SELECT a.id AS "actionId", a.reference AS "actionReference", a.title AS "actionTitle", r."targetId", t.name AS "targetName",
        r.channel::text AS channel, to_char(r."sentAt" AT TIME ZONE a."appealDeadlineTimeZone", 'YYYY-MM-DD') AS day, SUM(r."letterCount")::int AS letters
      FROM appeal_record r JOIN urgent_action a ON a.id = r."actionId" LEFT JOIN target t ON t.id = r."targetId"
      WHERE ($1::uuid IS NULL OR r."sectionId" = $1) AND ($2::uuid IS NULL OR r."actionId" = $2)
      GROUP BY a.id, r."targetId", t.name, r.channel, day
      ORDER BY a.reference NULLS LAST, a.id, t.name NULLS LAST, r."targetId", channel, day
      LIMIT $3 OFFSET $4`;
    yield* this.pagesByOffset<AppealCountRow>(sql, [scope.sectionId, scope.actionId]);
  }

  /**
   * The counts a section reported (POST …/appeal-reports): rows with the section and neither a writer, a language nor
   * a message id. A letter whose writer was erased keeps its language or message id, so it is not taken for one.
   */
  async *paperCounts(sectionId: string): AsyncGenerator<PaperCountRow[]> {
    const sql = `SELECT r.id AS "recordId", a.id AS "actionId", a.reference AS "actionReference", r."targetId", t.name AS "targetName",
        r.channel::text AS channel, r."letterCount" AS letters, to_char(r."sentAt" AT TIME ZONE s."timeZone", 'YYYY-MM-DD') AS "sentOn", r."recordedAt"
      FROM appeal_record r JOIN urgent_action a ON a.id = r."actionId" JOIN section s ON s.id = r."sectionId" LEFT JOIN target t ON t.id = r."targetId"
      WHERE r."sectionId" = $1 AND r."supporterId" IS NULL AND r.language IS NULL AND r."messageId" IS NULL
      ORDER BY r."sentAt", r.id
      LIMIT $2 OFFSET $3`;
    yield* this.pagesByOffset<PaperCountRow>(sql, [sectionId]);
  }

  /** The section's confirmed supporters who agreed to share, by id (keyset: a page costs the same at any depth). */
  async *sharedSupporters(sectionId: string): AsyncGenerator<SharedSupporterRow[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: SharedSupporterRow[] = await this.dataSource.query(
        `SELECT id AS "supporterId", name, email, city, country, language, "confirmedAt", "createdAt" FROM supporter
         WHERE "sharesWithSection" AND "confirmedAt" IS NOT NULL AND "sectionId" = $1 AND id > $2
         ORDER BY id LIMIT $3`,
        [sectionId, after, PAGE_SIZE],
      );
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE_SIZE) return;
      after = rows[rows.length - 1].supporterId;
    }
  }

  private async *pagesByOffset<Row>(sql: string, params: unknown[]): AsyncGenerator<Row[]> {
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const rows: Row[] = await this.dataSource.query(sql, [...params, PAGE_SIZE, offset]);
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE_SIZE) return;
    }
  }
}
