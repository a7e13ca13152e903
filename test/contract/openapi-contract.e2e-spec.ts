import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import { openApiDocumentFromModules } from '../../src/platform/openapi/openapi-from-modules';
import { PROJECT_ROOT } from '../support/built-app';
import { declaresSecurity, hasTypedSuccess, nameOf, operationsIn } from './typed-operations';

const CONTRACT_DIR = join(PROJECT_ROOT, 'var/contract');
const CLIENT_DIR = join(PROJECT_ROOT, 'clients/typescript');
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: 'pipe' });

describe('the OpenAPI contract', () => {
  let document: OpenAPIObject;
  let documentFile: string;

  beforeAll(async () => {
    document = await openApiDocumentFromModules();
    mkdirSync(CONTRACT_DIR, { recursive: true });
    documentFile = join(CONTRACT_DIR, 'openapi.json');
    writeFileSync(documentFile, JSON.stringify(document, null, 2));
  });

  it('types the 2xx answer and declares the security of every operation', () => {
    const operations = operationsIn(document);
    expect(operations.length).toBeGreaterThan(0);
    const untyped = operations.filter(({ operation }) => !hasTypedSuccess(operation) || !declaresSecurity(operation)).map(nameOf);
    expect(untyped).toEqual([]);
  });

  it('counts as untyped a 2xx answer without a schema, no 2xx answer at all, and no security declared', () => {
    const refusal = { description: 'Not signed in' };
    expect(hasTypedSuccess({ responses: { 200: { description: 'OK' }, 401: refusal } })).toBe(false);
    expect(hasTypedSuccess({ responses: { 200: { description: 'OK', content: { 'application/json': {} } } } })).toBe(false);
    expect(hasTypedSuccess({ responses: { 401: refusal } })).toBe(false);
    expect(hasTypedSuccess({ responses: { 204: { description: 'Done' }, 401: refusal } })).toBe(true);
    expect(declaresSecurity({ responses: {} })).toBe(false);
  });

  it('marks public operations security: [] and answers 401 and 403 in the error shape on the others', () => {
    for (const entry of operationsIn(document)) {
      const rule = (entry.operation as unknown as Record<string, { kind: string } | undefined>)['x-access-rule'];
      expect([nameOf(entry), rule?.kind ?? 'no access rule']).not.toEqual([nameOf(entry), 'no access rule']);
      if (rule?.kind === 'public') {
        expect([nameOf(entry), entry.operation.security]).toEqual([nameOf(entry), []]);
        continue;
      }
      expect([nameOf(entry), entry.operation.security?.length]).not.toEqual([nameOf(entry), 0]);
      for (const status of ['401', '403']) {
        const refusal = entry.operation.responses[status] as ResponseObject | undefined;
        expect([nameOf(entry), status, refusal?.content?.['application/json']?.schema]).toEqual([
          nameOf(entry),
          status,
          { $ref: '#/components/schemas/ErrorAnswerDto' },
        ]);
      }
    }
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['bearer', 'csrf', 'session']);
  });

  it('answers every refusal in the error shape: statusCode, error, message and errors[{ field, message }]', () => {
    for (const entry of operationsIn(document)) {
      for (const [status, response] of Object.entries(entry.operation.responses)) {
        if (!/^4\d\d$/.test(status)) continue;
        expect([nameOf(entry), status, (response as ResponseObject).content?.['application/json']?.schema]).toEqual([
          nameOf(entry),
          status,
          { $ref: '#/components/schemas/ErrorAnswerDto' },
        ]);
      }
    }
    const errorShape = document.components?.schemas?.ErrorAnswerDto as { required: string[]; properties: Record<string, unknown> };
    expect(errorShape.required.sort()).toEqual(['error', 'message', 'statusCode']);
    expect(errorShape.properties.errors).toEqual(expect.objectContaining({ type: 'array' }));
  });

  it('passes the OpenAPI linter with the rules in redocly.yaml', () => {
    let output: string;
    try {
      output = run(process.execPath, ['scripts/lint-openapi.mjs', documentFile]);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr);
    }
    expect(output).toContain(': 0 errors, 0 warnings');
  });

  it('generates a TypeScript client against which the example script compiles', () => {
    run(process.execPath, [
      join(PROJECT_ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
      documentFile,
      '-o',
      join(CLIENT_DIR, 'generated/api.d.ts'),
    ]);
    let output: string;
    try {
      output = run(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', CLIENT_DIR]);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });
});
