import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Liveness and catalog version, for load balancers and the test harness. */
export async function GET() {
  try {
    const meta = await prisma.catalogMeta.findUnique({ where: { id: 'catalog' } });
    return NextResponse.json({ status: 'ok', catalogVersion: meta?.version ?? null }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return NextResponse.json(
      { error: { code: 'database_unavailable', message: 'The catalog database is not reachable.', details: null } },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
