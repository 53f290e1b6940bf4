import { buildDataSourceOptions, socketOf } from './data-source-options';

describe('buildDataSourceOptions', () => {
  it.each([
    ['mysql://root@127.0.0.1:3306/ringi', {}],
    ['mysql://root@localhost/ringi?socketPath=/run/mysqld/mysqld.sock', { socketPath: '/run/mysqld/mysqld.sock' }],
    ['mysql://root@localhost/ringi?socketPath=%2Fvar%2Frun%2Fmysqld.sock', { socketPath: '/var/run/mysqld.sock' }],
    ['mysql://root@localhost/ringi?socketPath=', {}],
  ])('reads the Unix socket of %s', (url, expected) => {
    expect(socketOf(url)).toEqual(expected);
  });

  it('hands the socket to the MySQL driver with the pool settings', () => {
    const options = buildDataSourceOptions(
      { type: 'mysql', url: 'mysql://root@localhost/ringi?socketPath=/run/mysqld/mysqld.sock' },
      [],
      [],
    ) as { extra: Record<string, unknown> };
    expect(options.extra).toEqual({ connectionLimit: 24, trace: false, socketPath: '/run/mysqld/mysqld.sock' });
  });
});
