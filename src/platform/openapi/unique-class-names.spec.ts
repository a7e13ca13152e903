import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Swagger names each schema after its class and keeps one of two same-named classes without a word: that once made
 * the create-action body's subjects look like the answer's (both `SubjectDto`). Nest and the logs also tell providers
 * apart by name. So every class in src has a name of its own.
 */
describe('class names in src', () => {
  it('are unique', () => {
    const declared = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) {
        declared.set(name, [...(declared.get(name) ?? []), relative(SRC, file)]);
      }
    }
    const twice = [...declared].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
    expect(declared.size).toBeGreaterThan(100);
  });
});
