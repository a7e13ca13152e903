import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPhrasebooks } from '../../common/phrasebooks';
import { templatesDirectory } from '../../common/templates-directory';

const NOTICES_DIR = templatesDirectory('notices');

/** templates/notices/<name>.hbs: the layouts of notices and summaries, as text and HTML. */
export function noticeTemplate(name: 'notice.text' | 'notice.html' | 'digest.text' | 'digest.html'): string {
  return readFileSync(join(NOTICES_DIR, `${name}.hbs`), 'utf8');
}

export const NOTICE_PHRASEBOOKS = loadPhrasebooks(join(NOTICES_DIR, 'phrases'));
