import { staffClient } from './auth';
import { TestClock } from './clock';
import { seed003Action } from './seed-fixtures';
import { createTestApp, TestApp } from './test-app';

export interface LetterTestApp {
  testApp: TestApp;
  clock: TestClock;
}

/** The app with its clock set to 5 March 2012, when UA 66/12 was open for appeals. */
export async function letterTestApp(environment: Record<string, string> = {}): Promise<LetterTestApp> {
  const clock = TestClock.at('2012-03-05T10:00:00Z');
  const testApp = await createTestApp({ environment, clock });
  return { testApp, clock };
}

/** Creates and publishes an action through the API; answers the created action. */
export async function publishedAction(testApp: TestApp, input: any = seed003Action()): Promise<any> {
  const staff = await staffClient(testApp, 'editor');
  const created = await staff.post('/api/actions', input);
  if (created.status !== 201) throw new Error(`creating the action failed: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await staff.post(`/api/actions/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publishing failed: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}
