// A section's script on the API, typed by the client generated from its OpenAPI document
// (`npm run openapi:client` writes ./generated/api.d.ts). It lists open actions and records "I've sent it".
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api';

type ReportedLetter = components['schemas']['ReportedLetterReceiptDto'];

export interface Writer {
  name: string;
  email: string;
  city?: string;
  country?: string;
}

/** Lists open actions, reads the one closing soonest, and reports a posted letter to its first target. */
export async function listActionsAndRecordAppeal(baseUrl: string, writer: Writer): Promise<{ titles: string[]; receipt: ReportedLetter }> {
  const api = createClient<paths>({ baseUrl });
  const list = await api.GET('/api/actions', { params: { query: { status: 'published', pageSize: 10 } } });
  if (!list.data) throw new Error(`Listing actions failed: ${list.error?.message ?? list.response.status}`);
  const [first] = list.data.items;
  if (!first) throw new Error('No open action to write for');
  const detail = await api.GET('/api/actions/{id}', { params: { path: { id: first.id } } });
  if (!detail.data) throw new Error(`Reading ${first.id} failed: ${detail.error?.message ?? detail.response.status}`);
  const [target] = detail.data.targets;
  if (!target) throw new Error(`${detail.data.reference ?? first.id} has no target`);
  const recorded = await api.POST('/api/actions/{id}/letters/record', {
    params: { path: { id: first.id } },
    body: {
      targetId: target.target.id,
      channel: 'post',
      name: writer.name,
      email: writer.email,
      city: writer.city,
      country: writer.country,
    },
  });
  if (!recorded.data)
    throw new Error(
      `Recording failed: ${recorded.error?.message ?? recorded.response.status} ${JSON.stringify(recorded.error?.errors ?? [])}`,
    );
  return { titles: list.data.items.map((action) => action.title), receipt: recorded.data };
}

if (require.main === module) {
  const [baseUrl = 'http://127.0.0.1:3000', name = 'Ji-woo Park', email = 'ji-woo@example.org'] = process.argv.slice(2);
  listActionsAndRecordAppeal(baseUrl, { name, email }).then(
    ({ titles, receipt }) =>
      console.log(
        `${titles.length} open: ${titles.join('; ')}\nrecorded ${receipt.channel} letter, appeal ${receipt.appealRecordId}${receipt.repeated ? ' (reported before)' : ''}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
