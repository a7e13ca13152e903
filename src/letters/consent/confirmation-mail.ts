import type { RenderedNotice } from '../../notifications/content/notice-renderer';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

/**
 * The message that asks a writer to confirm their letters. It names no target and no action: whoever typed the
 * address learns nothing from it, and its owner, if they did not write, simply ignores it.
 */
export function confirmationMail(organisation: string, link: string, validDays: number): RenderedNotice {
  const lines = [
    'Hello,',
    '',
    `Someone, we hope you, asked ${organisation} to send letters of appeal signed with your name, replies coming to this address.`,
    'We send nothing in your name until you say so. To see the letters and send them, open this link:',
    link,
    '',
    `The link works once, for ${validDays} days, and sends every letter you wrote from this address during that time.`,
    'If you did not write them, ignore this message: nothing will be sent.',
  ];
  const html = lines.map((line) => (line === link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : line ? `<p>${escapeHtml(line)}</p>` : '')).join('\n');
  return { language: 'en', subject: `Confirm your letters of appeal – ${organisation}`, textBody: lines.join('\n'), htmlBody: html };
}
