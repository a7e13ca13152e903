import type { ComposedLetter } from './composed-letter';
import { MAILTO_MAX_LENGTH, mailtoLink } from './mailto-link';

function letter(overrides: Partial<ComposedLetter> = {}): ComposedLetter {
  return {
    language: 'en',
    subject: 'Urgent appeal: Test & "quotes"',
    sender: ['Test Writer'],
    date: '1 May 2031',
    recipient: ['Invented Minister'],
    salutation: 'Dear Minister,',
    body: [['Short paragraph.']],
    personalNote: [],
    asks: [['I ask you to:', '– release Test Person Alpha.']],
    closing: [['Yours sincerely,']],
    signature: ['Test Writer'],
    shortenedNote: '[Shortened.]',
    ...overrides,
  };
}

const bodyOf = (url: string) => decodeURIComponent(url.split('&body=')[1]);

describe('mailtoLink', () => {
  it('encodes subject and body, lines ending in CRLF, the address left readable', () => {
    const { url, shortened } = mailtoLink(letter(), 'minister+ua@example.org', ['copy@example.org']);
    expect(shortened).toBe(false);
    expect(url).toBe(
      `mailto:minister%2Bua@example.org?cc=copy@example.org&subject=${encodeURIComponent('Urgent appeal: Test & "quotes"')}&body=` +
        encodeURIComponent(
          'Dear Minister,\r\n\r\nShort paragraph.\r\n\r\nI ask you to:\r\n– release Test Person Alpha.\r\n\r\nYours sincerely,\r\n\r\nTest Writer',
        ),
    );
  });

  it('keeps the asks, drops paragraphs that do not fit and says so, under the limit', () => {
    const body = Array.from({ length: 30 }, (_, index) => [`강한 우려를 표명합니다 ${index}.`]);
    const { url, shortened } = mailtoLink(letter({ body }), 'minister@example.org');
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const text = bodyOf(url);
    expect(text).toContain('강한 우려를 표명합니다 0.');
    expect(text).not.toContain('강한 우려를 표명합니다 29.');
    expect(text).toContain('– release Test Person Alpha.');
    expect(text).toContain('[Shortened.]');
    expect(text.endsWith('Test Writer')).toBe(true);
  });

  it('puts the supporter’s own paragraph after the body and keeps it before body paragraphs when shortening', async () => {
    const note = ['My own words.', 'Second line.'];
    expect(bodyOf(mailtoLink(letter({ personalNote: [note] }), 'minister@example.org').url)).toContain(
      'Short paragraph.\r\n\r\nMy own words.\r\nSecond line.\r\n\r\nI ask you to:',
    );
    const body = Array.from({ length: 30 }, (_, index) => [`강한 우려를 표명합니다 ${index}.`]);
    const { url, shortened } = mailtoLink(letter({ body, personalNote: [note] }), 'minister@example.org');
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(bodyOf(url)).toMatch(/강한 우려를 표명합니다 \d+\.\r\n\r\nMy own words\.\r\nSecond line\.\r\n\r\nI ask you to:/);
  });

  it('cuts an ask too long for any link at a word, with an ellipsis', () => {
    const ask = `– ${'release everyone now '.repeat(200)}`;
    const { url, shortened } = mailtoLink(letter({ asks: [['I ask you to:', ask]] }), 'minister@example.org');
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(bodyOf(url)).toMatch(/I ask you to:\r\n– release everyone now .* …\r\n\r\n/);
  });
});
