// PostgreSQL stopped while serving: differentials and reference pages keep coming from the
// in-memory snapshot, /api/health says 503 "database": "unreachable" in the error shape, and
// when PostgreSQL returns the service recovers (and sees new catalog versions) without a restart.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '@/scripts/lib/pg-cluster';
import type { AppServer } from '@/scripts/lib/server';
import { getJson, prepare, requireBuild, secondsUntil, serve, trickle } from './support';

const SERVED = [
  '/api/differential?present=saddle-anaesthesia,urinary-retention&age=50&sex=male',
  '/api/causes/cauda-equina-syndrome',
  '/api/findings?q=numb',
  '/causes/cauda-equina-syndrome',
  '/findings/saddle-anaesthesia',
  '/tests/hba1c',
  '/treatments/emergency-decompression',
  '/?present=saddle-anaesthesia',
];

describe('PostgreSQL outage while serving', () => {
  let cluster: PgCluster;
  let server: AppServer;

  beforeAll(async () => {
    requireBuild();
    cluster = await startPgCluster();
    prepare(cluster.url);
    server = await serve(cluster.url);
  });
  afterAll(async () => {
    await server?.stop();
    cluster?.stop();
  });

  it('serves from memory during the outage, reports it, and recovers without a restart', async () => {
    const before = await getJson(server, SERVED[0]!);
    expect(before.status).toBe(200);
    const healthy = await getJson(server, '/api/health');
    expect(healthy.body).toMatchObject({ status: 'ok', database: 'ok', catalogVersion: before.body.catalogVersion });

    cluster.pause();
    const load = trickle([server], SERVED);
    try {
      const down = await getJson(server, '/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({
        error: {
          code: 'service_unavailable',
          message: expect.stringContaining('not reachable'),
          details: { database: 'unreachable', servingVersion: before.body.catalogVersion },
        },
      });
      // Long enough for several background version checks to fail.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      const during = await getJson(server, SERVED[0]!);
      expect(during.status).toBe(200);
      expect(during.body).toEqual(before.body);
      const page = await fetch(`${server.url}/causes/cauda-equina-syndrome`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Cauda equina syndrome');
    } finally {
      cluster.resume();
    }
    await secondsUntil(async () => (await fetch(`${server.url}/api/health`)).status === 200, 30_000);
    await load.stop();
    expect(load.failures).toEqual([]);
    expect(load.count()).toBeGreaterThan(SERVED.length);

    // Recovered, not merely answering: a new version stamp is picked up again.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    await client.query(`UPDATE "CatalogMeta" SET version = 'after-outage' WHERE id = 'catalog'`);
    await client.end();
    await secondsUntil(async () => (await getJson(server, SERVED[0]!)).body.catalogVersion === 'after-outage', 15_000);
    expect(server.output()).not.toContain('saddle-anaesthesia'); // nothing from requests in the log
  });
});
