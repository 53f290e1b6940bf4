import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installSecret } from './install-secret';

describe('installSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ringi-secret-')), 'data');
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('creates a random secret once, readable by its owner only, and answers the same one afterwards', () => {
    const first = installSecret(dir, 'x.secret');
    expect(first).toHaveLength(32);
    expect(installSecret(dir, 'x.secret')).toEqual(first);
    expect(fs.statSync(path.join(dir, 'x.secret')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['x.secret']);
    const other = path.join(path.dirname(dir), 'other');
    expect(installSecret(other, 'x.secret')).not.toEqual(first);
  });

  it('uses the file another process created first', () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'y.secret'), Buffer.alloc(32, 7).toString('base64'));
    expect(installSecret(dir, 'y.secret')).toEqual(Buffer.alloc(32, 7));
    expect(fs.readdirSync(dir)).toEqual(['y.secret']);
  });
});
