import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEventName } from './webhook-events';
import { TransactionalRepository } from '../database/transactional-repository';

export type NewEndpoint = Pick<WebhookEndpoint, 'sectionId' | 'url' | 'secret' | 'events' | 'createdByUserId'>;
export type NewDelivery = Pick<WebhookDelivery, 'id' | 'endpointId' | 'event' | 'dedupeKey' | 'body'> & { supporterId?: string | null };

/** A delivery as the worker needs it: the row, and where and with what secret it goes. */
export interface DeliveryToSend {
  id: string;
  status: string;
  event: WebhookEventName;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/** An appeal recorded since the endpoint's last pass, with its writer's details for the consent check. */
export interface RecordedAppeal {
  id: string;
  actionId: string;
  reference: string | null;
  title: string;
  channel: string;
  letterCount: number;
  sentAt: Date;
  recordedAt: Date;
  sectionId: string | null;
  targetId: string | null;
  targetName: string | null;
  writerId: string | null;
  writerSectionId: string | null;
  writerShares: boolean | null;
  writerConfirmed: boolean | null;
  writerName: string | null;
  writerEmail: string | null;
  writerCity: string | null;
  writerCountry: string | null;
}

const ENDPOINT_COLUMNS = {
  id: true,
  sectionId: true,
  url: true,
  events: true,
  createdByUserId: true,
  appealsScannedUntil: true,
  createdAt: true,
} as const;

/** A transaction may commit after later ones: an appeal is looked for again this long after it was recorded. */
const LATE_COMMIT_MARGIN = "interval '5 minutes'";

/** Where endpoints and their deliveries are kept: the webhooks module's only way to the database. */
@Injectable()
export class WebhooksRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  private get endpoints() {
    return this.dataSource.getRepository(WebhookEndpoint);
  }

  async insertEndpoint(endpoint: NewEndpoint): Promise<WebhookEndpoint> {
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO webhook_endpoint ("sectionId", url, secret, events, "createdByUserId", "appealsScannedUntil") VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [endpoint.sectionId, endpoint.url, endpoint.secret, endpoint.events, endpoint.createdByUserId],
    );
    return this.endpoints.findOneOrFail({ select: ENDPOINT_COLUMNS, where: { id } });
  }

  /** A section's endpoints, or every one (null). */
  async sectionExists(sectionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM section WHERE id = $1', [sectionId]);
    return rows.length > 0;
  }

  listEndpoints(sectionId: string | null): Promise<WebhookEndpoint[]> {
    return this.endpoints.find({ select: ENDPOINT_COLUMNS, where: sectionId ? { sectionId } : {}, order: { createdAt: 'ASC' } });
  }

  findEndpoint(id: string): Promise<WebhookEndpoint | null> {
    return this.endpoints.findOne({ select: ENDPOINT_COLUMNS, where: { id } });
  }

  async deleteEndpoint(id: string): Promise<void> {
    await this.endpoints.delete(id);
  }

  subscribedTo(manager: EntityManager, event: WebhookEventName): Promise<{ id: string; sectionId: string | null }[]> {
    return manager.query('SELECT id, "sectionId" FROM webhook_endpoint WHERE $1 = ANY(events)', [event]);
  }

  /** Writes the deliveries not written before (by dedupe key); answers the ids written now. */
  async insertDeliveries(manager: EntityManager, deliveries: NewDelivery[]): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(deliveries)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  async deliveryToSend(id: string): Promise<DeliveryToSend | null> {
    const [row]: DeliveryToSend[] = await this.dataSource.query(
      `SELECT d.id, d.status, d.event, d.body, d.attempts, e.url, e.secret FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d."endpointId" WHERE d.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Settles one attempt; a delivery that went or failed for good keeps no writer's details in its log. */
  async settleAttempt(
    id: string,
    outcome: { at: Date; statusCode: number | null; error: string | null; status: 'queued' | 'delivered' | 'failed' },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET attempts = attempts + 1, "lastAttemptAt" = $2, "lastStatusCode" = $3, "lastError" = $4, status = $5,
         "deliveredAt" = CASE WHEN $5 = 'delivered' THEN $2::timestamptz END,
         body = CASE WHEN $5 <> 'queued' AND "supporterId" IS NOT NULL THEN (body::jsonb #- '{data,writer}')::text ELSE body END,
         "supporterId" = CASE WHEN $5 <> 'queued' THEN NULL ELSE "supporterId" END
       WHERE id = $1`,
      [id, outcome.at, outcome.statusCode, outcome.error, outcome.status],
    );
  }

  /** The latest deliveries to one endpoint, newest first: its owner's delivery log. */
  deliveriesOf(endpointId: string, limit: number): Promise<WebhookDelivery[]> {
    return this.dataSource.getRepository(WebhookDelivery).find({
      select: {
        id: true,
        event: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastError: true,
        lastAttemptAt: true,
        deliveredAt: true,
        createdAt: true,
      },
      where: { endpointId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /** Deliveries still queued a while after they were written: their job may have been lost with Redis. */
  async staleQueuedIds(olderThanSeconds: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM webhook_delivery WHERE status = 'queued' AND "createdAt" < now() - make_interval(secs => $1) ORDER BY "createdAt" LIMIT $2`,
      [olderThanSeconds, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Endpoints that hear of appeals, with how far each was scanned. */
  appealListeners(): Promise<{ id: string; sectionId: string | null; appealsScannedUntil: Date; createdAt: Date }[]> {
    return this.dataSource.query(
      `SELECT id, "sectionId", "appealsScannedUntil", "createdAt" FROM webhook_endpoint WHERE 'appeal.recorded' = ANY(events)`,
    );
  }

  /**
   * Appeals recorded since the endpoint's last pass (and a margin before it, for transactions that committed late), not
   * yet written for it, for its section (the letter's section, or its writer's) or every one for a network endpoint.
   * Demonstration actions are left out. `until` is the database's own clock, as `recordedAt` is.
   */
  async appealsFor(
    endpoint: { id: string; sectionId: string | null; appealsScannedUntil: Date; createdAt: Date },
    limit: number,
  ): Promise<{ appeals: RecordedAppeal[]; until: Date }> {
    const [{ until }]: { until: Date }[] = await this.dataSource.query('SELECT now() AS until');
    const appeals: RecordedAppeal[] = await this.dataSource.query(
      `SELECT r.id, r."actionId", a.reference, a.title, r.channel::text AS channel, r."letterCount", r."sentAt", r."recordedAt", r."sectionId",
              r."targetId", t.name AS "targetName", s.id AS "writerId", s."sectionId" AS "writerSectionId", s."sharesWithSection" AS "writerShares",
              s."confirmedAt" IS NOT NULL AS "writerConfirmed", s.name AS "writerName", s.email AS "writerEmail", s.city AS "writerCity", s.country AS "writerCountry"
       FROM appeal_record r JOIN urgent_action a ON a.id = r."actionId" LEFT JOIN target t ON t.id = r."targetId" LEFT JOIN supporter s ON s.id = r."supporterId"
       WHERE NOT a."isDemonstration" AND r."recordedAt" > GREATEST($2::timestamptz - ${LATE_COMMIT_MARGIN}, $3::timestamptz) AND r."recordedAt" <= $4
         AND ($5::uuid IS NULL OR r."sectionId" = $5 OR s."sectionId" = $5)
         AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d."dedupeKey" = 'appeal.recorded:' || r.id || ':' || $1)
       ORDER BY r."recordedAt", r.id LIMIT $6`,
      [endpoint.id, endpoint.appealsScannedUntil, endpoint.createdAt, until, endpoint.sectionId, limit],
    );
    return { appeals, until };
  }

  async markScanned(endpointId: string, until: Date): Promise<void> {
    await this.dataSource.query('UPDATE webhook_endpoint SET "appealsScannedUntil" = GREATEST("appealsScannedUntil", $2) WHERE id = $1', [
      endpointId,
      until,
    ]);
  }

  /** Letters counted for each action: for the network, and for one section (its letters and its writers'). */
  async letterTotals(
    actionIds: string[],
    sectionId: string | null,
  ): Promise<Map<string, { letters: number; sectionLetters: number | null }>> {
    const rows: { actionId: string; letters: number; sectionLetters: number | null }[] = await this.dataSource.query(
      `SELECT r."actionId", SUM(r."letterCount")::int AS letters,
              CASE WHEN $2::uuid IS NULL THEN NULL ELSE COALESCE(SUM(r."letterCount") FILTER (WHERE r."sectionId" = $2 OR s."sectionId" = $2), 0)::int END AS "sectionLetters"
       FROM appeal_record r LEFT JOIN supporter s ON s.id = r."supporterId" WHERE r."actionId" = ANY($1) GROUP BY r."actionId"`,
      [actionIds, sectionId],
    );
    return new Map(rows.map((row) => [row.actionId, { letters: row.letters, sectionLetters: row.sectionLetters }]));
  }
}
