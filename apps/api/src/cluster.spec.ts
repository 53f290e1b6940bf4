import { ConfigurationError, loadConfig } from '@ringi/platform';
import { workerCount } from './cluster';

describe('RINGI_WORKERS', () => {
  const mysql = loadConfig({ DATABASE_URL: 'mysql://root:@127.0.0.1:3306/ringi' });
  const sqlite = loadConfig({}, '/srv/ringi');

  it('defaults to one process', () => {
    expect(workerCount({}, mysql)).toBe(1);
    expect(workerCount({ RINGI_WORKERS: '' }, sqlite)).toBe(1);
  });

  it('takes several workers on MySQL/MariaDB', () => {
    expect(workerCount({ RINGI_WORKERS: '3' }, mysql)).toBe(3);
  });

  it('refuses several workers on SQLite, whose file is not shared safely between processes', () => {
    expect(workerCount({ RINGI_WORKERS: '1' }, sqlite)).toBe(1);
    expect(() => workerCount({ RINGI_WORKERS: '2' }, sqlite)).toThrow(/DATABASE_URL/);
  });

  it.each(['0', '-1', '1.5', 'many', '65'])('refuses RINGI_WORKERS=%s naming the variable', (value) => {
    expect(() => workerCount({ RINGI_WORKERS: value }, mysql)).toThrow(ConfigurationError);
    expect(() => workerCount({ RINGI_WORKERS: value }, mysql)).toThrow(/RINGI_WORKERS/);
  });
});
