// Reading causes from the catalog database.
import { prisma } from '../db';

export interface CauseSummary {
  id: string;
  name: string;
  category: string;
  urgency: string;
  cantMiss: boolean;
}

/** Every cause, emergencies first, then by name. */
export async function listCauses(): Promise<CauseSummary[]> {
  const causes = await prisma.cause.findMany({
    select: { id: true, name: true, category: true, urgency: true, cantMiss: true },
    orderBy: { name: 'asc' },
  });
  const rank = { emergency: 0, urgent: 1, routine: 2 } as Record<string, number>;
  return causes.sort((a, b) => (rank[a.urgency] ?? 3) - (rank[b.urgency] ?? 3) || a.name.localeCompare(b.name));
}
