import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface AudienceSpec {
  actionId: string;
  subscribers: number;
  appealRecorders?: number;
  unconfirmed?: number;
  unsubscribed?: number;
  language?: string;
}

/** Supporters in bulk: confirmed subscribers of the action, appeal writers without a subscription, and some who must not hear. */
export async function createAudience(dataSource: DataSource, spec: AudienceSpec): Promise<{ expected: string[] }> {
  const tag = randomBytes(3).toString('hex');
  const group = async (kind: string, count: number) => {
    if (count === 0) return [] as string[];
    const rows: { id: string; email: string }[] = await dataSource.query(
      `INSERT INTO supporter ("email", "name", "language", "lastActiveAt", "confirmedAt")
       SELECT $1 || '-' || n || '@example.org', 'Supporter ' || n, $2, now(), now() FROM generate_series(1, $3) AS n RETURNING "id", "email"`,
      [`${kind}-${tag}`, spec.language ?? 'en', count],
    );
    return rows;
  };
  const subscribers = await group('subscriber', spec.subscribers);
  const recorders = await group('writer', spec.appealRecorders ?? 0);
  const unconfirmed = await group('unconfirmed', spec.unconfirmed ?? 0);
  const unsubscribed = await group('unsubscribed', spec.unsubscribed ?? 0);
  const subscribe = (rows: { id: string }[], confirmed: boolean, gone: boolean) =>
    rows.length === 0
      ? Promise.resolve()
      : dataSource.query(
          `INSERT INTO subscription ("supporterId", "actionId", "confirmedAt", "unsubscribedAt") SELECT unnest($1::uuid[]), $2, $3, $4`,
          [rows.map((row) => row.id), spec.actionId, confirmed ? new Date() : null, gone ? new Date() : null],
        );
  await subscribe(subscribers as { id: string }[], true, false);
  await subscribe(unconfirmed as { id: string }[], false, false);
  await subscribe(unsubscribed as { id: string }[], true, true);
  if (recorders.length > 0) {
    await dataSource.query(
      `INSERT INTO appeal_record ("actionId", "supporterId", "channel", "sentAt") SELECT $1, unnest($2::uuid[]), 'email', now()`,
      [spec.actionId, (recorders as { id: string }[]).map((row) => row.id)],
    );
  }
  return { expected: [...subscribers, ...recorders].map((row) => (row as { email: string }).email) };
}
