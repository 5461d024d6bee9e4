// Is the catalog database reachable, and which catalog version is served? For /api/health, which
// load balancers poll: pages and differentials keep coming from the in-memory snapshot during a
// database outage, but an instance that cannot see its database says so.
import 'server-only';
import { prisma } from '../db';
import { peekCatalogSnapshot } from './snapshot';
import { readCatalogVersion } from './snapshot-load';

/** How long the version query may take before the database counts as unreachable. */
export const HEALTH_TIMEOUT_MS = 2_000;

export type CatalogHealth =
  | { database: 'ok'; catalogVersion: string | null; servingVersion: string | null }
  | { database: 'unreachable'; servingVersion: string | null };

/** The database's catalog version (or 'unreachable') and the version of the snapshot in memory. */
export async function checkCatalogHealth(timeoutMs: number = HEALTH_TIMEOUT_MS): Promise<CatalogHealth> {
  const servingVersion = peekCatalogSnapshot()?.version ?? null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    const catalogVersion = await Promise.race([readCatalogVersion(prisma), timeout]);
    return { database: 'ok', catalogVersion, servingVersion };
  } catch {
    return { database: 'unreachable', servingVersion };
  } finally {
    clearTimeout(timer);
  }
}
