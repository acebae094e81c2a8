// Fails when src/schema.ts is not what openapi-typescript makes of openapi.json (run `pnpm generate:api-client`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import assert from 'node:assert/strict';

const root = path.join(import.meta.dirname, '..');

test('src/schema.ts is generated from openapi.json', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'api-client-')), 'schema.ts');
  const cli = path.join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, path.join(root, 'openapi.json'), '-o', out], { stdio: 'pipe' });
  assert.equal(fs.readFileSync(path.join(root, 'src', 'schema.ts'), 'utf8'), fs.readFileSync(out, 'utf8'), 'run `pnpm generate:api-client`');
});
