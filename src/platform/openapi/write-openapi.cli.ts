import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocumentFromModules } from './openapi-from-modules';

/** `node dist/platform/openapi/write-openapi.cli.js [file]`: the OpenAPI document as JSON, to the file or stdout. */
async function main(file: string | undefined): Promise<void> {
  const json = `${JSON.stringify(await openApiDocumentFromModules(), null, 2)}\n`;
  if (!file) return void process.stdout.write(json);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
