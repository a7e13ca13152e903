import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { englishSentences, LATIN_RUN } from '../support/english-sentences';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';

describe('each language’s letter in its own words: the action’s text and the people at risk', () => {
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;

  beforeAll(async () => {
    app = await letterTestApp();
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(() => app.testApp.close());

  const letterTexts = async (lang: string, name: string): Promise<string[]> => {
    const answer = await http.get(`/api/actions/${action.id}/letters?lang=${lang}&name=${encodeURIComponent(name)}`);
    expect(answer.status).toBe(200);
    return (answer.body.letters as { text: string }[]).map((letter) => letter.text);
  };

  it('lowers a group description mid-sentence in English, whichever wording a writer gets', async () => {
    // Wordings are picked per writer and target: several writers see all of them.
    const texts = (await Promise.all(['Ji-woo Park', 'Ana Ruiz', 'Tom Berg', 'Mei Chen'].map((name) => letterTexts('en', name)))).flat();
    for (const text of texts) {
      expect(text).toMatch(/(concern for|concerned about) at least nine North Koreans/);
      expect(text).not.toContain('for At least');
      expect(text).not.toContain('about At least');
    }
  });

  it('uses the phrase staff wrote for a language, with the particle the template adds', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const saved = await editor.patch(`/api/actions/${action.id}`, {
      subjectPhrases: { ko: '적어도 9명의 북한 주민', en: 'the nine people returned to North Korea' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.subjectPhrases).toEqual({ ko: '적어도 9명의 북한 주민', en: 'the nine people returned to North Korea' });
    for (const text of await letterTexts('ko', 'Ji-woo Park')) expect(text).toMatch(/적어도 9명의 북한 주민의 (안전|상황)/);
    for (const text of await letterTexts('en', 'Ji-woo Park')) expect(text).toContain('the nine people returned to North Korea');
  });

  it('refuses a phrase map that is not one line per language tag, naming the field', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    for (const subjectPhrases of [{ english: 'x' }, { en: '' }, { en: 'two\nlines' }, ['en']]) {
      const refused = await editor.patch(`/api/actions/${action.id}`, { subjectPhrases });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'subjectPhrases' })]);
    }
  });

  it('writes the Korean letter of UA 66/12 in Korean from the subject line to the asks: no English sentence outside the address block', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const seeded = (await editor.get(`/api/actions/${action.id}`)).body;
    expect(
      (await editor.patch(`/api/actions/${action.id}`, { subjectPhrases: seeded.subjectPhrases ?? {}, translations: seeded.translations }))
        .status,
    ).toBe(200);
    const answer = await http.get(
      `/api/actions/${action.id}/letters?lang=ko&name=${encodeURIComponent('박지우')}&city=${encodeURIComponent('부산')}`,
    );
    for (const letter of answer.body.letters as { text: string; subject: string; quotedLanguage: string; target: { name: string } }[]) {
      expect(letter.quotedLanguage).toBe('ko');
      expect(letter.subject).not.toMatch(LATIN_RUN);
      const target = action.targets.find((link: any) => link.target.name === letter.target.name).target;
      expect(englishSentences(letter.text, target)).toEqual([]);
    }
  });

  it('says when the action is not translated into the letter’s language, quoting the document’s words rather than mixing silently', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    expect((await editor.patch(`/api/actions/${action.id}`, { translations: {} })).status).toBe(200);
    const [letter] = (await http.get(`/api/actions/${action.id}/letters?lang=ko&name=Ji-woo%20Park`)).body.letters;
    expect(letter).toMatchObject({ language: 'ko', quotedLanguage: 'en' });
    expect(letter.subject).toBe('긴급 호소: Fears for forcibly returned North Koreans');
  });

  it('refuses a translation without a title, or with asks that are not text, naming the field', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    for (const translations of [{ ko: { summary: '요약' } }, { ko: { title: '제목', asks: [1] } }, { korean: { title: '제목' } }]) {
      const refused = await editor.patch(`/api/actions/${action.id}`, { translations });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'translations' })]);
    }
  });
});
