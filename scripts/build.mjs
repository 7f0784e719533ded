// Build: compile TypeScript, then compile the JSON Schema into a standalone ajv validator so that
// `swa check` does not pay ajv's schema compilation (65–95 ms, see STACK-NOTES) at every start.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const schema = JSON.parse(readFileSync(join(root, 'schemas/samenwerkingsafspraken.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, code: { source: true, esm: true } });
addFormats(ajv, ['date', 'email', 'uri']);
const validator = ajv.compile(schema);
// ajv's ESM output still calls require() for the format helpers.
const code = `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${standaloneCode(ajv, validator)}`;
const declaration = `import type { ErrorObject } from 'ajv';\nexport declare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };\nexport default validate;\n`;

rmSync(join(root, 'dist'), { recursive: true, force: true });
// src/generated serves the tests (run from source); dist/generated the built CLI.
for (const dir of ['src/generated', 'dist/generated']) {
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'schema-validator.js'), code);
  writeFileSync(join(root, dir, 'schema-validator.d.ts'), declaration);
}

const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
