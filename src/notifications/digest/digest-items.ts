import type { EntityManager } from 'typeorm';
import { followsAction, followsNetwork } from '../fanout/following';

/** One thing a summary tells a reader about: a new action, or an update to an action they follow. */
export interface DigestItem {
  supporterId: string;
  kind: 'new action' | 'update';
  actionId: string;
  updateId: string | null;
}

/**
 * What each reader missed in [start, end): new actions if they follow the network, updates on the actions they
 * follow (the fan-outs' rules). Anything already sent to them one by one (before they chose a summary, or an update
 * that said stop writing) is left out.
 */
const ITEMS = `
  SELECT reader."id" AS "supporterId", 'new action' AS "kind", a."id" AS "actionId", NULL::uuid AS "updateId",
         greatest(a."publishedAt", a."embargoUntil") AS "at"
  FROM unnest($1::uuid[]) AS reader("id")
  JOIN urgent_action a ON a."status" = 'published'
    AND greatest(a."publishedAt", a."embargoUntil") >= $2 AND greatest(a."publishedAt", a."embargoUntil") < $3
  WHERE ${followsNetwork('reader."id"')}
    AND NOT EXISTS (SELECT 1 FROM notification_outbox o
                    WHERE o."supporterId" = reader."id" AND o."actionId" = a."id" AND o."kind" = 'new action notice')
  UNION ALL
  SELECT reader."id", 'update', u."actionId", u."id", u."publishedAt"
  FROM unnest($1::uuid[]) AS reader("id")
  JOIN action_update u ON u."publishedAt" >= $2 AND u."publishedAt" < $3
  WHERE ${followsAction('reader."id"', 'u."actionId"')}
    AND NOT EXISTS (SELECT 1 FROM notification_outbox o WHERE o."supporterId" = reader."id" AND o."updateId" = u."id" AND o."kind" = 'update notice')
  ORDER BY "at", "actionId", "updateId"`;

export async function readDigestItems(
  manager: EntityManager,
  supporterIds: string[],
  start: Date,
  end: Date,
): Promise<Map<string, DigestItem[]>> {
  const rows: DigestItem[] = await manager.query(ITEMS, [supporterIds, start, end]);
  const bySupporter = new Map<string, DigestItem[]>();
  for (const row of rows) {
    const items = bySupporter.get(row.supporterId) ?? [];
    items.push({ supporterId: row.supporterId, kind: row.kind, actionId: row.actionId, updateId: row.updateId });
    bySupporter.set(row.supporterId, items);
  }
  return bySupporter;
}
