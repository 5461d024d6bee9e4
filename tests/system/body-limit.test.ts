// Over HTTP, a huge body is refused at the cap: the 413 arrives while the client is still sending,
// so the server never buffered the rest.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '@/scripts/lib/server';
import { prepare, requireBuild, serve } from './support';

describe('request body cap over HTTP', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-body-'));
  let server: AppServer;
  beforeAll(async () => {
    requireBuild();
    const url = `file:${path.join(scratch, 'body.db')}`;
    prepare(url);
    server = await serve(url);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('answers 413 to a chunked 50 MiB body after reading about 64 KiB', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const total = 50 * 1024 * 1024;
    const { status, sentWhenAnswered, body } = await new Promise<{ status: number; sentWhenAnswered: number; body: string }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const request = http.request(`${server.url}/api/differential`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
        answered = true;
        const sentWhenAnswered = sent;
        let body = '';
        response.on('data', (d: Buffer) => (body += d.toString()));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, sentWhenAnswered, body });
        });
      });
      request.on('error', (error) => (answered ? undefined : reject(error)));
      const pump = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', () => setTimeout(pump, 1));
        }
        if (!answered) request.end();
      };
      request.write('{"present":["');
      pump();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe('payload_too_large');
    expect(sentWhenAnswered).toBeLessThan(total / 4);
  });
});
