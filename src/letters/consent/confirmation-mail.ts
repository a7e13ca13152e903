import type { RenderedNotice } from '../../notifications/content/notice-renderer';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

interface Wording {
  subject: (organisation: string) => string;
  lines: (organisation: string, link: string, days: number) => string[];
}

/** In the language of the page the writer wrote on; English otherwise. */
const WORDINGS: Record<string, Wording> = {
  en: {
    subject: (organisation) => `Confirm your letters of appeal – ${organisation}`,
    lines: (organisation, link, days) => [
      'Hello,',
      '',
      `Someone, we hope you, asked ${organisation} to send letters of appeal signed with your name, replies coming to this address.`,
      'We send nothing in your name until you say so. To see the letters and send them, open this link:',
      link,
      '',
      `The link works once, for ${days} days, and sends every letter you wrote from this address during that time.`,
      'If you did not write them, ignore this message: nothing will be sent.',
    ],
  },
  ko: {
    subject: (organisation) => `탄원 편지를 확인해 주세요 – ${organisation}`,
    lines: (organisation, link, days) => [
      '안녕하세요.',
      '',
      `누군가(아마 귀하께서) ${organisation}에 귀하의 이름으로 서명하고 답장을 이 주소로 받는 탄원 편지를 보내 달라고 요청했습니다.`,
      '귀하께서 확인하시기 전에는 귀하의 이름으로 아무것도 보내지 않습니다. 편지를 보고 보내시려면 이 링크를 여세요:',
      link,
      '',
      `링크는 ${days}일 동안 한 번만 쓸 수 있으며, 그동안 이 주소로 쓰신 모든 편지를 보냅니다.`,
      '직접 쓰지 않으셨다면 이 메일을 무시하세요. 아무것도 보내지 않습니다.',
    ],
  },
};

/**
 * The message that asks a writer to confirm their letters. It names no target and no action: whoever typed the
 * address learns nothing from it, and its owner, if they did not write, simply ignores it.
 */
export function confirmationMail(organisation: string, link: string, validDays: number, language = 'en'): RenderedNotice {
  const wording = WORDINGS[language] ?? WORDINGS.en;
  const lines = wording.lines(organisation, link, validDays);
  const html = lines.map((line) => (line === link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : line ? `<p>${escapeHtml(line)}</p>` : '')).join('\n');
  return { language: WORDINGS[language] ? language : 'en', subject: wording.subject(organisation), textBody: lines.join('\n'), htmlBody: html };
}
