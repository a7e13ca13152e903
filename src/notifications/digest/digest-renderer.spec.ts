import { ActionStatus } from '../../actions/action-vocabulary';
import type { ActionUpdate } from '../../actions/action-update.entity';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import { loadConfiguration } from '../../config/configuration';
import { NoticeFrequency } from '../../supporters/notice-frequency';
import { DigestRenderer } from './digest-renderer';

describe('DigestRenderer', () => {
  const { site } = loadConfiguration({ PUBLIC_URL: 'https://ua.example.org' });
  const action = {
    id: 'a1',
    reference: 'UA 42/31',
    title: 'Invented case',
    summary: 'Invented summary.',
    status: ActionStatus.Published,
    appealDeadline: new Date('2031-04-01T15:00:00Z'),
    appealDeadlineTimeZone: 'Asia/Seoul',
  } as UrgentAction;
  const update = { id: 'u1', title: 'Further information', body: 'First paragraph.\n\nSecond.' } as ActionUpdate;
  const sources = { actions: new Map([[action.id, action]]), updates: new Map([[update.id, update]]) };
  const items = [
    { kind: 'new action', actionId: 'a1' },
    { kind: 'update', actionId: 'a1', updateId: 'u1' },
  ] as never;

  it('writes a summary in Korean for a Korean reader, every phrase from the Korean phrase file', () => {
    const summary = new DigestRenderer(site).render(NoticeFrequency.Weekly, items, sources, 'ko-KR');
    expect(summary.language).toBe('ko');
    expect(summary.subject).toBe('이번 주 긴급행동 요약');
    expect(summary.textBody).toMatch(/^\{\{recipientName\}\}님, 안녕하세요\.\n/);
    expect(summary.textBody).toContain('새 긴급행동');
    expect(summary.textBody).toContain('계속 써 주세요');
    expect(summary.textBody).toContain('https://ua.example.org/urgent-actions/a1?lang=ko');
    expect(summary.textBody).not.toMatch(/Dear|Updates|Keep writing/);
  });

  it('falls back to English for a language the notices are not written in', () => {
    const summary = new DigestRenderer(site).render(NoticeFrequency.Daily, items, sources, 'de');
    expect(summary.subject).toBe('Your daily Urgent Action summary');
    expect(summary.textBody).toMatch(/^Dear \{\{recipientName\}\},\n/);
  });
});
