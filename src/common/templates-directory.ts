import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest `templates/<kind>` above this file: the same from src/, dist/ and a bench build. */
export function templatesDirectory(kind: string, from = __dirname): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, 'templates', kind);
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) throw new Error(`No templates/${kind} above ${from}`);
  }
}
