import { DataSource } from 'typeorm';
import { UserAccount } from '../../src/accounts/user-account.entity';
import { coordinatorClient, staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';

const LONG_KOREAN = '이 사건에 대한 국제 사회의 우려가 커지고 있으며, 관련 당국이 국제 인권 기준을 준수하기를 간곡히 바랍니다.';

describe('letter templates saved through the API', () => {
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let staff: ReturnType<typeof httpClient>;
  let action: any;
  let section: any;

  beforeAll(async () => {
    app = await letterTestApp();
    http = httpClient(app.testApp.baseUrl);
    staff = await staffClient(app.testApp, 'editor');
    action = await publishedAction(
      app.testApp,
      inventedAction({
        reference: 'UA 990/12',
        appealDeadline: '2012-04-20',
        languages: ['en', 'fr'],
        targets: [
          { role: 'primary', target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@example.org' } },
        ],
      }),
    );
    const created = await (
      await staffClient(app.testApp, 'admin')
    ).post('/api/sections', {
      code: 'KR-T',
      country: 'KR',
      name: 'Invented Korean section',
      languages: ['ko'],
      timeZone: 'Asia/Seoul',
      contactEmail: 'ua@example.org',
    });
    if (created.status !== 201) throw new Error(`creating the section failed: ${JSON.stringify(created.body)}`);
    section = created.body;
  });
  afterAll(() => app.testApp.close());

  const put = (lang: string, body: unknown) => staff.put(`/api/actions/${action.id}/letter-templates/${lang}`, body);
  const approve = (lang: string) => staff.post(`/api/sections/${section.id}/actions/${action.id}/letter-templates/${lang}/approve`);
  const letter = async (query: string) => {
    const answer = await http.get(`/api/actions/${action.id}/letters?${query}`);
    expect(answer.status).toBe(200);
    return answer.body.letters[0];
  };

  it('uses the action’s own English text, with one of its wordings per supporter, over the default', async () => {
    const saved = await put('en', {
      subjectLine: 'Release {{list subjectNames}} now',
      paragraphs: [
        ['First wording about {{subject.name}}.', 'Second wording about {{subject.name}}.'],
        ['The deadline is {{deadline}}; today is {{date today style="long"}}.'],
      ],
      asks: 'Please:\n{{#each asks}}\n* {{this}}\n{{/each}}',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ language: 'en', section: null, closing: null });

    const written = await letter('lang=en&name=Test%20Writer');
    expect(written.subject).toBe('Release Test Person Alpha now');
    expect(written.text).toMatch(/(First|Second) wording about Test Person Alpha\./);
    expect(written.text).toContain('The deadline is April 20, 2012; today is March 5, 2012.');
    expect(written.text).toContain('Please:\n* Call on the authorities to release Test Person Alpha.');
    expect(written.text).toContain('Dear Minister,'); // salutation: the English default
    expect(written.text).toContain('Yours sincerely,');
  });

  it('falls back to the language default, then to English for a language with no letter', async () => {
    const french = await letter('lang=fr&name=Test%20Writer');
    expect(french.language).toBe('fr');
    expect(french.text).toContain('Je vous demande respectueusement de bien vouloir :');
    expect(french.text).toContain('Madame, Monsieur,');
    const german = await letter('lang=de&name=Test%20Writer');
    expect(german.language).toBe('en');
    expect(german.subject).toBe('Release Test Person Alpha now');
  });

  it('uses a section’s translation only for that section’s letters, and shortens a long letter’s mailto link saying so', async () => {
    const coordinator = await coordinatorClient(app.testApp, section.id);
    const saved = await coordinator.put(`/api/sections/${section.id}/actions/${action.id}/letter-templates/ko`, {
      salutation: '존경하는 장관님께',
      paragraphs: Array.from({ length: 8 }, (_, index) => [`${index + 1}. ${LONG_KOREAN}`]),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.section.id).toBe(section.id);
    expect(saved.body.approvedAt).toBeNull();
    // Until staff approve it, the section's members get the Korean default.
    const waiting = await letter(`lang=ko&section=${section.id}&name=Test%20Writer`);
    expect(waiting.language).toBe('ko');
    expect(waiting.text).not.toContain(LONG_KOREAN);
    expect((await approve('ko')).status).toBe(200);

    const translated = await letter(`lang=ko&section=${section.id}&name=Test%20Writer`);
    expect(translated.language).toBe('ko');
    expect(translated.text).toContain(`8. ${LONG_KOREAN}`);
    expect(translated.text).toContain('다음 사항을 정중히 요청드립니다.'); // asks: the Korean default

    const { url, shortened } = translated.mailto;
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(url.split('&body=')[1]);
    expect(body.startsWith(`존경하는 장관님께\r\n\r\n1. ${LONG_KOREAN}`)).toBe(true);
    expect(body).toContain('다음 사항을 정중히 요청드립니다.\r\n– Call on the authorities to release Test Person Alpha.'); // the asks are kept first
    expect(body).toContain('[이메일 링크에 담을 수 있도록 편지를 줄였습니다. 전체 내용은 캠페인 페이지에서 복사해 주십시오.]');
    expect(body).not.toContain(`8. ${LONG_KOREAN}`);
    expect(body.endsWith('Test Writer 드림')).toBe(true);

    // The action's own Korean letter sits between the section's translation and the Korean default.
    expect((await put('ko', { salutation: '장관님께', closing: '감사합니다.', paragraphs: [['액션 본문입니다.']] })).status).toBe(200);
    const unsectioned = await letter('lang=ko&name=Test%20Writer');
    expect(unsectioned.text).not.toContain(LONG_KOREAN);
    expect(unsectioned.text).toContain('장관님께\n\n액션 본문입니다.');
    const sectionFirst = await letter(`lang=ko&section=${section.id}&name=Test%20Writer`);
    expect(sectionFirst.text).toContain(`존경하는 장관님께\n\n1. ${LONG_KOREAN}`); // the section's salutation and body
    expect(sectionFirst.text).toContain('감사합니다.'); // the section left the closing to the action
    expect(sectionFirst.text).not.toContain('액션 본문입니다.');
  });

  it('withdraws the approval when the translation is saved again; only editors and admins approve, and only a translation that exists', async () => {
    const coordinator = await coordinatorClient(app.testApp, section.id);
    const listed = await coordinator.get(`/api/sections/${section.id}/actions/${action.id}/letter-templates`);
    expect(listed.body).toEqual([expect.objectContaining({ language: 'ko', approvedAt: expect.any(String) })]);
    const approver = await app.testApp.get(DataSource).getRepository(UserAccount).findOneByOrFail({ id: listed.body[0].approvedById });
    expect(approver.role).toBe('editor');

    const resaved = await coordinator.put(`/api/sections/${section.id}/actions/${action.id}/letter-templates/ko`, {
      salutation: '존경하는 장관님께',
      paragraphs: [['고친 번역입니다.']],
    });
    expect(resaved.status).toBe(200);
    expect(resaved.body).toMatchObject({ approvedAt: null, approvedById: null });
    const withdrawn = await letter(`lang=ko&section=${section.id}&name=Test%20Writer`);
    expect(withdrawn.text).not.toContain('고친 번역입니다.');
    expect(withdrawn.text).toContain('액션 본문입니다.'); // the action's own Korean letter, as if the section had none

    expect((await coordinator.post(`/api/sections/${section.id}/actions/${action.id}/letter-templates/ko/approve`)).status).toBe(403);
    expect((await http.post(`/api/sections/${section.id}/actions/${action.id}/letter-templates/ko/approve`)).status).toBe(401);
    const missing = await approve('fr');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('does not exist');

    const approved = await approve('ko-KR');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ language: 'ko', approvedAt: expect.any(String) });
    expect((await letter(`lang=ko&section=${section.id}&name=Test%20Writer`)).text).toContain('존경하는 장관님께\n\n고친 번역입니다.');
  });

  it('adds a section’s local targets to its members’ letters only', async () => {
    const coordinator = await coordinatorClient(app.testApp, section.id);
    const attached = await coordinator.post(`/api/sections/${section.id}/actions/${action.id}/targets`, {
      role: 'copy',
      target: { name: 'Invented Embassy in Seoul', kind: 'embassy', country: 'KR', addressLines: ['1 Invented Street', 'Seoul'] },
    });
    expect(attached.status).toBe(201);
    const sectionLetters = (await http.get(`/api/actions/${action.id}/letters?section=${section.id}&lang=ko`)).body.letters;
    expect(sectionLetters.map((letter: any) => letter.target.name)).toEqual(['Invented Minister', 'Invented Embassy in Seoul']);
    expect(sectionLetters[1].text).toContain('Invented Embassy in Seoul\n1 Invented Street\nSeoul');
    expect(sectionLetters[1].text).not.toContain('드림'); // unsigned: no stray "yours"
    const everyone = (await http.get(`/api/actions/${action.id}/letters`)).body.letters;
    expect(everyone.map((letter: any) => letter.target.name)).toEqual(['Invented Minister']);
  });

  it.each([
    ['a syntax error', 'Dear {{target.name}},\n{{#if target.title}}unclosed', 'paragraphs[0][0]', /line 2, column \d+: Syntax error/],
    ['an unknown variable', 'Hello\n  {{supporter.adress}}', 'paragraphs[0][0]', /line 2, column 5: Unknown variable "supporter.adress"/],
    ['constructor', '{{constructor}}', 'paragraphs[0][0]', /line 1, column 3: .*constructor/],
    ['__proto__', '{{action.__proto__.polluted}}', 'paragraphs[0][0]', /__proto__/],
    ['lookup into the prototype', '{{lookup this "constructor"}}', 'paragraphs[0][0]', /Unknown helper "lookup"/],
    ['a helper off the whitelist', '{{log "hello"}}', 'paragraphs[0][0]', /Unknown helper "log"/],
    ['a partial', '{{> sender}}', 'paragraphs[0][0]', /Partials/],
  ])('refuses %s at save time with 422 naming the field, line and column', async (_, source, field, message) => {
    const answer = await put('en', { paragraphs: [[source]] });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringMatching(message) })]);
    expect(answer.body.errors[0].line).toEqual(expect.any(Number));
    expect(answer.body.errors[0].column).toEqual(expect.any(Number));
  });

  it('names the part and wording of a problem in a later paragraph or in the asks', async () => {
    const answer = await put('en', {
      paragraphs: [['Fine.'], ['Fine too.', 'Broken {{subject.nmae}}']],
      asks: '{{#each target}}x{{/each}}',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((error: any) => error.field).sort()).toEqual(['asks', 'paragraphs[1][1]']);
    // The earlier, valid template is still the one in use.
    expect((await letter('lang=en')).subject).toBe('Release Test Person Alpha now');
  });

  it('escapes everything in HTML once and leaves plain text free of entities', async () => {
    const written = await letter(`lang=en&name=${encodeURIComponent('Ann <O\'Brien> & "Co"')}`);
    expect(written.text).toContain('Ann <O\'Brien> & "Co"');
    expect(written.text).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
    expect(written.html).toContain('Ann &lt;O&#x27;Brien&gt; &amp; &quot;Co&quot;');
    expect(written.html).not.toContain("<O'Brien>");
  });

  it('lets only editors and admins save an action’s letter, and only the section’s coordinators its translation', async () => {
    expect((await http.put(`/api/actions/${action.id}/letter-templates/en`, { paragraphs: [] })).status).toBe(401);
    expect((await http.put(`/api/sections/${section.id}/actions/${action.id}/letter-templates/ko`, { paragraphs: [] })).status).toBe(401);
    const coordinator = await coordinatorClient(app.testApp, section.id);
    expect((await coordinator.put(`/api/actions/${action.id}/letter-templates/en`, { paragraphs: [] })).status).toBe(403);
  });

  it('answers 404 for an unknown action or section and 400 for a bad language', async () => {
    expect((await staff.put(`/api/actions/00000000-0000-4000-8000-000000000000/letter-templates/en`, { paragraphs: [] })).status).toBe(404);
    expect(
      (await staff.put(`/api/sections/00000000-0000-4000-8000-000000000000/actions/${action.id}/letter-templates/en`, { paragraphs: [] }))
        .status,
    ).toBe(404);
    const bad = await put('english!', { paragraphs: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
    const badShape = await put('en', { paragraphs: ['not a list'] });
    expect(badShape.status).toBe(400);
    expect(badShape.body.errors[0].field).toBe('paragraphs');
  });
});
