import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One benchmark client: its own keep-alive agent with a single socket, loopback only. */
export class BenchClient {
  constructor(port) {
    this.port = port;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  /** Resolves to { status, body, ms }; never rejects on HTTP errors, only on socket errors. */
  request(method, path, { token, json, xml } = {}) {
    const payload = xml ?? (json === undefined ? undefined : JSON.stringify(json));
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['content-type'] = xml === undefined ? 'application/json' : 'application/xml';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - t0;
            const text = Buffer.concat(chunks).toString('utf8');
            let body = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              // not JSON: keep the text
            }
            resolve({ status: res.statusCode, body, ms, end: performance.now() });
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}
