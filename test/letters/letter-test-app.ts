import { Clock } from '../../src/common/clock';
import { staffClient } from '../support/auth';
import { seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

/** A clock the test moves by hand. */
export class SettableClock extends Clock {
  constructor(public time: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.time);
  }
}

export interface LetterTestApp {
  testApp: TestApp;
  clock: SettableClock;
}

/** The app with its clock set to 5 March 2012, when UA 66/12 was open for appeals. */
export async function letterTestApp(environment: Record<string, string> = {}): Promise<LetterTestApp> {
  const clock = new SettableClock(new Date('2012-03-05T10:00:00Z'));
  const testApp = await createTestApp({ environment, override: (builder) => builder.overrideProvider(Clock).useValue(clock) });
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
