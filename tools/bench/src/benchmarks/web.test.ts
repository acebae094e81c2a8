import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzippedScriptBytes } from './web';

it('sums the gzipped size of each script of the build fetched, once, and nothing else', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  const framework = 'export const x = 1;'.repeat(500);
  writeFileSync(path.join(dist, 'assets', 'framework.js'), framework);
  writeFileSync(path.join(dist, 'assets', 'route.js'), 'export default 2;');
  const sized = gzippedScriptBytes(
    ['http://127.0.0.1:1/assets/framework.js', 'http://127.0.0.1:1/assets/framework.js', 'http://127.0.0.1:1/assets/route.js', 'http://127.0.0.1:1/api/auth/me', 'http://127.0.0.1:1/assets/gone.js'],
    dist,
  );
  expect(sized.files.map((f) => f.file)).toEqual(['/assets/framework.js', '/assets/route.js']);
  expect(sized.bytes).toBe(gzipSync(framework, { level: 9 }).length + gzipSync('export default 2;', { level: 9 }).length);
});
