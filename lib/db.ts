// The app's one Prisma client, for server code only (the factory is lib/prisma-client.ts).
import 'server-only';
import { createPrismaClient, type Db } from './prisma-client';

export type { Db } from './prisma-client';

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The app's client, cached on globalThis outside production so hot reload reuses it. */
export const prisma: Db = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
