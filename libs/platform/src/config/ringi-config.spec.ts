import path from 'node:path';
import { ConfigurationError, loadConfig } from './ringi-config';

describe('configuration from the environment', () => {
  it('defaults to SQLite in data/, the three local listeners and the alpha model', () => {
    const config = loadConfig({}, '/srv/ringi');
    expect(config.database).toEqual({ type: 'sqlite', file: path.join('/srv/ringi/data', 'ringi.sqlite') });
    expect(config.listen).toEqual({
      lgwan: { host: '127.0.0.1', port: 3000 },
      internet: { host: '127.0.0.1', port: 3001 },
      mynumber: { host: '127.0.0.1', port: 3002 },
    });
    expect(config.zoneModel).toBe('alpha');
  });

  it('takes MySQL/MariaDB from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root:@127.0.0.1:3306/ringi' }).database).toEqual({
      type: 'mysql',
      url: 'mysql://root:@127.0.0.1:3306/ringi',
    });
  });

  it.each([
    ['RINGI_ZONE_MODEL', 'gamma'],
    ['RINGI_LISTEN_LGWAN', 'localhost'],
    ['RINGI_LISTEN_INTERNET', '127.0.0.1:99999'],
    ['DATABASE_URL', 'postgres://x@y/z'],
    ['RINGI_SESSION_IDLE_MINUTES', 'soon'],
    ['RINGI_LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(`${name}=`);
  });

  it('refuses two zones on one address', () => {
    expect(() => loadConfig({ RINGI_LISTEN_LGWAN: '127.0.0.1:3001' })).toThrow(/three different addresses/);
  });
});
