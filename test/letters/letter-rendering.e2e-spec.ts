import { pdfText } from '../../src/importer/pdf-text';
import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { seed003Action } from '../support/seed-fixtures';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';

const HTML_ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

function linesInOrder(text: string, expected: string[]): void {
  const lines = text.split('\n');
  const start = lines.indexOf(expected[0]);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(lines.slice(start, start + expected.length)).toEqual(expected);
}

describe('appeal letters for the seed-003 action (UA 66/12)', () => {
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;
  const seed = seed003Action();
  const [newYork, geneva] = seed.targets.map((link: any) => link.target);

  beforeAll(async () => {
    app = await letterTestApp();
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(() => app.testApp.close());

  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const letters = async (query: string) => {
    const answer = await http.get(`/api/actions/${action.id}/letters?${query}`);
    expect(answer.status).toBe(200);
    return answer.body.letters as any[];
  };

  it('writes to both primary targets in English with the recipient blocks and asks as the document prints them', async () => {
    const all = await letters('lang=en&name=Ji-woo%20Park&city=Busan&country=KR');
    expect(all.map((letter) => [letter.role, letter.target.name])).toEqual([
      ['primary', 'Sin Son-ho'],
      ['primary', 'So Se-pyong'],
      ['copy', 'Ri Myong-su'],
    ]);
    const [toNewYork, toGeneva] = all;

    linesInOrder(toNewYork.text, [newYork.title, 'Mr Sin Son-ho', newYork.organisation, ...newYork.addressLines]);
    linesInOrder(toGeneva.text, [geneva.title, 'Mr. So Se-pyong', ...geneva.addressLines]);
    for (const letter of [toNewYork, toGeneva]) {
      expect(letter.language).toBe('en');
      expect(letter.subject).toBe('Urgent appeal: Fears for forcibly returned North Koreans');
      linesInOrder(letter.text, ['I respectfully ask you to:', ...seed.asks.map((ask: string) => `– ${ask}`)]);
      expect(letter.text).toContain('Your Excellency,');
      expect(letter.text).toContain(
        "I respectfully ask you to convey this appeal to Kim Jong-un, Supreme Commander of the Korean People's Army.",
      );
      expect(letter.text).toContain('At least nine North Koreans');
      linesInOrder(letter.text, ['Ji-woo Park', 'Busan', 'South Korea']);
      expect(letter.text.trim().endsWith('Yours sincerely,\n\nJi-woo Park')).toBe(true);
      expect(letter.text).not.toMatch(HTML_ENTITY);
      expect(letter.html).toContain('<address class="recipient">');
      expect(letter.html).toContain('Korean People&#x27;s Army');
      for (const ask of seed.asks) expect(letter.html).toContain(`– ${ask}`);
    }
    // Today in each office's time zone, in the letter's language.
    expect(toNewYork.text).toContain('Busan, March 5, 2012');
    expect(toNewYork.html).toContain('<br>820 Second Ave, 13th Floor<br>New York, NY 10017<br>USA</address>');
  });

  it('writes the same letters in Korean, from the subject line to the asks', async () => {
    const [toNewYork, toGeneva] = await letters('lang=ko&name=%EB%B0%95%EC%A7%80%EC%9A%B0&city=%EB%B6%80%EC%82%B0&country=KR');
    for (const letter of [toNewYork, toGeneva]) {
      expect(letter.language).toBe('ko');
      expect(letter.subject).toBe(`긴급 호소: ${seed.translations.ko.title}`);
      expect(letter.quotedLanguage).toBe('ko');
      expect(letter.text).toContain('존경하는 대사님께');
      linesInOrder(letter.text, ['다음 사항을 정중히 요청드립니다.', ...seed.translations.ko.asks.map((ask: string) => `– ${ask}`)]);
      expect(letter.text).toContain('2012년 3월 5일');
      expect(letter.text).toContain('박지우 드림');
      expect(letter.text).not.toMatch(HTML_ENTITY);
      expect(letter.html).toContain('lang="ko"');
    }
    linesInOrder(toNewYork.text, [newYork.title, 'Mr Sin Son-ho', newYork.organisation, ...newYork.addressLines]);
    linesInOrder(toGeneva.text, [geneva.title, 'Mr. So Se-pyong', ...geneva.addressLines]);
  });

  it.each(['en', 'ko'])('renders the %s letters as A4 PDFs whose text holds the address block, the asks and page numbers', async (lang) => {
    const query = `lang=${lang}&name=Ji-woo%20Park&city=Busan`;
    for (const letter of (await letters(query)).slice(0, 2)) {
      // The writer's fields stay out of the link: it carries a short-lived reference to them.
      expect(letter.pdfUrl).toMatch(
        new RegExp(`^/api/actions/${action.id}/letters/${letter.targetId}\\.pdf\\?lang=${lang}&ref=[\\w-]+\\.[\\w-]+$`),
      );
      const response = await fetch(`${app.testApp.baseUrl}${letter.pdfUrl}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
      expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
      const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
      const target = letter.target.name === 'Sin Son-ho' ? newYork : geneva;
      expect(text).toContain(target.name);
      for (const line of target.addressLines) expect(text).toContain(line); // the whole block fits the envelope window
      expect(text).toContain(lang === 'ko' ? '다음 사항을 정중히 요청드립니다.' : 'I respectfully ask you to:');
      expect(text).toContain(
        lang === 'ko'
          ? '국내 이동과 해외 여행에 허가를 받도록 한 요건을 폐지해'
          : 'Urge the North Korean authorities to abolish the requirement for permission',
      );
      expect(text).toMatch(/1 \/ [12]/);
    }
  });

  it('gives a mailto link only for targets with an email, subject and body encoded, under 2,000 characters', async () => {
    const [toNewYork, toGeneva] = await letters('lang=en&name=Ji-woo%20Park');
    expect(toGeneva.mailto).toBeNull();
    const english = toNewYork.mailto;
    expect(
      english.url.startsWith(
        'mailto:dpr.korea@verizon.net?subject=Urgent%20appeal%3A%20Fears%20for%20forcibly%20returned%20North%20Koreans&body=',
      ),
    ).toBe(true);
    expect(english.url.length).toBeLessThanOrEqual(2000);
    expect(english.shortened).toBe(false);
    const englishBody = decodeURIComponent(english.url.split('&body=')[1]);
    expect(englishBody.split('\r\n\r\n')[0]).toBe('Your Excellency,');
    expect(englishBody).toContain(seed.summary);
    expect(englishBody.endsWith('Yours sincerely,\r\n\r\nJi-woo Park')).toBe(true);

    const [korean] = await letters('lang=ko&name=Ji-woo%20Park');
    expect(korean.mailto.url.length).toBeLessThanOrEqual(2000);
    const koreanBody = decodeURIComponent(korean.mailto.url.split('&body=')[1]);
    expect(koreanBody.startsWith('존경하는 대사님께\r\n\r\n')).toBe(true);
    expect(koreanBody).toContain('다음 사항을 정중히 요청드립니다.');
    expect(koreanBody.endsWith('Ji-woo Park 드림')).toBe(true);
  });

  it('answers 404 for a draft (staff may preview it), 404 for a target not on the action, and 400 naming a bad parameter', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const staffDraft = await editor.post('/api/actions', { ...seed003Action(), reference: 'UA 67/12' });
    expect(staffDraft.status).toBe(201);
    expect((await editor.get(`/api/actions/${staffDraft.body.id}/letters?lang=ko`)).body.letters).toHaveLength(3);
    expect((await http.get(`/api/actions/${staffDraft.body.id}/letters`)).status).toBe(404);
    expect((await http.get(`/api/actions/${staffDraft.body.id}/letters/${targetId('Sin Son-ho')}.pdf`)).status).toBe(404);
    const stranger = await http.get(`/api/actions/${action.id}/letters?target=00000000-0000-4000-8000-000000000000`);
    expect(stranger.status).toBe(404);
    const bad = await http.get(`/api/actions/${action.id}/letters?lang=%3Cscript%3E`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });

  it('picks a paragraph wording per supporter and target, the same every time', async () => {
    const wordingOf = async (name: string) => {
      const [letter] = await letters(`lang=en&target=${targetId('Sin Son-ho')}&name=${encodeURIComponent(name)}`);
      return letter.text.split('\n\n').find((block: string) => block.includes('at least nine North Koreans') && block.startsWith('I'));
    };
    const names = Array.from({ length: 12 }, (_, index) => `Test Writer ${index}`);
    const wordings = await Promise.all(names.map(wordingOf));
    expect(new Set(wordings).size).toBeGreaterThan(1);
    expect(await wordingOf('Test Writer 3')).toBe(wordings[3]);
    expect(await wordingOf('  test   writer 3 ')).toBe(wordings[3]);
  });
});
