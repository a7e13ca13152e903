import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CampaignRow {
  id: string;
  reference: string | null;
  title: string;
  summary: string;
  asks: string[];
  status: string;
  appealDeadline: Date;
  appealDeadlineTimeZone: string;
  createdAt: Date;
  updatedAt: Date;
  letters: number;
}

export interface CampaignTargetRow {
  actionId: string;
  role: string;
  name: string;
  title: string | null;
  organisation: string | null;
  country: string;
  email: string | null;
  fax: string | null;
  addressLines: string[];
}

export interface OutreachRow {
  id: string;
  actionId: string;
  channel: string;
  letterCount: number;
  sentAt: Date;
  recordedAt: Date;
  targetName: string | null;
  targetTitle: string | null;
  targetOrganisation: string | null;
  /** Set only when the writer shares with their section, so the caller may follow the link to them. */
  sharingSupporterId: string | null;
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  city: string | null;
  country: string | null;
  language: string;
  createdAt: Date;
  lastActiveAt: Date;
}

/** Who asks: staff see the network (sectionId null), a coordinator their section only. */
export interface OsdiScope {
  sectionId: string | null;
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/** What the public may see of an action, in SQL over the alias `a` (drafts and embargoed actions are never shared). */
const SHARED_ACTION = `a.status <> 'draft' AND a."publishedAt" IS NOT NULL AND (a."embargoUntil" IS NULL OR a."embargoUntil" <= $1)`;

/** What the OSDI API reads: the osdi module's only way to the database. */
@Injectable()
export class OsdiRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async campaigns(now: Date, window: PageWindow, actionId: string | null = null): Promise<{ rows: CampaignRow[]; total: number }> {
    const where = `${SHARED_ACTION} AND ($2::uuid IS NULL OR a.id = $2)`;
    const rows: CampaignRow[] = await this.dataSource.query(
      `SELECT a.id, a.reference, a.title, a.summary, a.asks, a.status::text AS status, a."appealDeadline", a."appealDeadlineTimeZone",
              a."createdAt", a."updatedAt",
              (SELECT COALESCE(SUM(r."letterCount"), 0)::int FROM appeal_record r WHERE r."actionId" = a.id) AS letters
       FROM urgent_action a WHERE ${where} ORDER BY a."publishedAt" DESC, a.id LIMIT $3 OFFSET $4`,
      [now, actionId, window.limit, window.offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM urgent_action a WHERE ${where}`, [now, actionId]);
    return { rows, total };
  }

  /** The targets of these actions: their own (no section's local copies), in the document's order. */
  targetsOf(actionIds: string[]): Promise<CampaignTargetRow[]> {
    if (actionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT at."actionId", at.role::text AS role, t.name, t.title, t.organisation, t.country, t.email, t.fax, t."addressLines"
       FROM action_target at JOIN target t ON t.id = at."targetId"
       WHERE at."actionId" = ANY($1) AND at."sectionId" IS NULL ORDER BY at."actionId", at.position`,
      [actionIds],
    );
  }

  async outreaches(
    scope: OsdiScope,
    now: Date,
    window: PageWindow,
    filter: { actionId?: string; id?: string },
  ): Promise<{ rows: OutreachRow[]; total: number }> {
    const where = `${SHARED_ACTION} AND ($2::uuid IS NULL OR r."sectionId" = $2) AND ($3::uuid IS NULL OR r."actionId" = $3) AND ($4::uuid IS NULL OR r.id = $4)`;
    const params = [now, scope.sectionId, filter.actionId ?? null, filter.id ?? null];
    const rows: OutreachRow[] = await this.dataSource.query(
      `SELECT r.id, r."actionId", r.channel::text AS channel, r."letterCount", r."sentAt", r."recordedAt",
              t.name AS "targetName", t.title AS "targetTitle", t.organisation AS "targetOrganisation",
              CASE WHEN s."sharesWithSection" AND s."confirmedAt" IS NOT NULL AND s."sectionId" IS NOT NULL
                        AND ($2::uuid IS NULL OR s."sectionId" = $2) THEN s.id END AS "sharingSupporterId"
       FROM appeal_record r JOIN urgent_action a ON a.id = r."actionId" LEFT JOIN target t ON t.id = r."targetId"
       LEFT JOIN supporter s ON s.id = r."supporterId"
       WHERE ${where} ORDER BY r."sentAt" DESC, r.id LIMIT $5 OFFSET $6`,
      [...params, window.limit, window.offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM appeal_record r JOIN urgent_action a ON a.id = r."actionId" WHERE ${where}`,
      params,
    );
    return { rows, total };
  }

  /** Confirmed supporters who share with their section; for a coordinator, with theirs. */
  async people(scope: OsdiScope, window: PageWindow, id: string | null = null): Promise<{ rows: PersonRow[]; total: number }> {
    const where = `"sharesWithSection" AND "confirmedAt" IS NOT NULL AND "sectionId" IS NOT NULL AND ($1::uuid IS NULL OR "sectionId" = $1)
      AND ($2::uuid IS NULL OR id = $2)`;
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT id, name, email, city, country, language, "createdAt", "lastActiveAt" FROM supporter WHERE ${where}
       ORDER BY "createdAt", id LIMIT $3 OFFSET $4`,
      [scope.sectionId, id, window.limit, window.offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM supporter WHERE ${where}`, [scope.sectionId, id]);
    return { rows, total };
  }
}
