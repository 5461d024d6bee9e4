import path from 'node:path';
import type { Provider } from '../../lib/database-url';

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Where each provider keeps its schema and migrations. */
export const LAYOUT: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: {
    schema: path.join(ROOT, 'prisma', 'schema.prisma'),
    migrations: path.join(ROOT, 'prisma', 'migrations'),
  },
  postgresql: {
    schema: path.join(ROOT, 'prisma', 'postgres', 'schema.prisma'),
    migrations: path.join(ROOT, 'prisma', 'postgres', 'migrations'),
  },
};

