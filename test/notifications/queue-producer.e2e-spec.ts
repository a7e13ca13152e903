import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { createNotificationsApp, NotificationsTestApp } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe('the send-job producer', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { RUN_WORKER: 'false' });
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('adds one job per row in bulk, delayed until due, and adding the same rows again adds nothing', async () => {
    const queues = testApp.get(NotificationQueues);
    const now = new Date('2031-01-05T10:00:00Z');
    const rows = Array.from({ length: 1200 }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      dueAt: new Date(now.getTime() + (index % 2 === 0 ? 0 : 3_600_000)),
    }));
    await queues.sendMessages(rows, now);
    await queues.sendMessages(rows.slice(0, 700), now);
    const counts = await queues.queue(NotificationQueue.Send).getJobCounts('wait', 'delayed');
    expect(counts).toEqual({ wait: 600, delayed: 600 });
  });
});
