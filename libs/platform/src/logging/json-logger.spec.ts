import { Writable } from 'node:stream';
import { createRootLogger } from './json-logger';
import { requestContext } from './request-context';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createRootLogger('info', stream) };
}

describe('JSON logs', () => {
  it('are JSON lines carrying the request id', () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: 'req-1' }, () => logger.info({ zone: 'lgwan' }, 'hello'));
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'hello', requestId: 'req-1', zone: 'lgwan', service: 'ringi' });
  });

  it('never contain passwords, tokens or My Number values, however deep', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        password: 'Demo-pass-2026',
        token: 'abc',
        body: { myNumber: '123456789018', nested: { authorization: 'Bearer x' } },
      },
      'login',
    );
    expect(lines[0]).not.toMatch(/Demo-pass-2026|123456789018|Bearer x|"abc"/);
    expect(JSON.parse(lines[0]).body.myNumber).toBe('[redacted]');
  });
});
