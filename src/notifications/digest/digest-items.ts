import type { EntityManager } from 'typeorm';

/** One thing a summary tells a reader about: a new action, or an update to an action they follow. */
export interface DigestItem {
  supporterId: string;
  kind: 'new action' | 'update';
  actionId: string;
  updateId: string | null;
}

/**
 * What each reader missed in [start, end): new actions if they follow the network, updates on the actions they
 * follow (signed up or wrote). Anything already sent to them one by one (before they chose a summary, or an
 * update that said stop writing) is left out.
 */
const ITEMS = `
  SELECT sub."supporterId", 'new action' AS "kind", a."id" AS "actionId", NULL::uuid AS "updateId",
         greatest(a."publishedAt", a."embargoUntil") AS "at"
  FROM subscription sub
  JOIN urgent_action a ON a."status" = 'published'
    AND greatest(a."publishedAt", a."embargoUntil") >= $2 AND greatest(a."publishedAt", a."embargoUntil") < $3
  WHERE sub."supporterId" = ANY($1::uuid[]) AND sub."actionId" IS NULL AND sub."confirmedAt" IS NOT NULL AND sub."unsubscribedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM notification_outbox o
                    WHERE o."supporterId" = sub."supporterId" AND o."actionId" = a."id" AND o."kind" = 'new action notice')
  UNION ALL
  SELECT reader."id", 'update', u."actionId", u."id", u."publishedAt"
  FROM unnest($1::uuid[]) AS reader("id")
  JOIN action_update u ON u."publishedAt" >= $2 AND u."publishedAt" < $3
  WHERE (EXISTS (SELECT 1 FROM subscription sub WHERE sub."supporterId" = reader."id" AND sub."actionId" = u."actionId"
                   AND sub."confirmedAt" IS NOT NULL AND sub."unsubscribedAt" IS NULL)
      OR EXISTS (SELECT 1 FROM appeal_record r WHERE r."supporterId" = reader."id" AND r."actionId" = u."actionId"))
    AND NOT EXISTS (SELECT 1 FROM subscription sub WHERE sub."supporterId" = reader."id" AND sub."actionId" = u."actionId" AND sub."unsubscribedAt" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM notification_outbox o WHERE o."supporterId" = reader."id" AND o."updateId" = u."id" AND o."kind" = 'update notice')
  ORDER BY "at", "actionId", "updateId"`;

export async function readDigestItems(manager: EntityManager, supporterIds: string[], start: Date, end: Date): Promise<Map<string, DigestItem[]>> {
  const rows: DigestItem[] = await manager.query(ITEMS, [supporterIds, start, end]);
  const bySupporter = new Map<string, DigestItem[]>();
  for (const row of rows) {
    const items = bySupporter.get(row.supporterId) ?? [];
    items.push({ supporterId: row.supporterId, kind: row.kind, actionId: row.actionId, updateId: row.updateId });
    bySupporter.set(row.supporterId, items);
  }
  return bySupporter;
}
