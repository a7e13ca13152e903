#!/usr/bin/env node
// Lints an OpenAPI document with Redocly's engine and the rules in redocly.yaml; exits 1 on any problem.
// Usage: node scripts/lint-openapi.mjs var/openapi.json
import { formatProblems, getTotals, lint, loadConfig } from '@redocly/openapi-core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/lint-openapi.mjs <openapi.json>');
  process.exit(2);
}
const config = await loadConfig({ configPath: join(dirname(fileURLToPath(import.meta.url)), '..', 'redocly.yaml') });
const problems = await lint({ ref: resolve(file), config });
const totals = getTotals(problems);
formatProblems(problems, { format: 'stylish', totals, version: 'openapi-core' });
console.log(`${file}: ${totals.errors} errors, ${totals.warnings} warnings`);
process.exit(totals.errors + totals.warnings > 0 ? 1 : 0);
