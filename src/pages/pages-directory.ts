import { join } from 'node:path';

/** templates/pages, found from src/pages (tests) and dist/pages (the build) alike. */
export const PAGES_DIR = join(__dirname, '..', '..', 'templates', 'pages');
