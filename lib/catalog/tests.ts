// Tests: the list and one test with its thresholds, causes and references, from the snapshot.
import 'server-only';
import { compareText } from '../search/normalise';
import { getCatalogSnapshot } from './snapshot';
import type { CatalogReference, CatalogTest, TestRole, Urgency } from './types';

/** A test page: thresholds, the causes it helps with (by priority) and its references. */
export interface TestDetail extends CatalogTest {
  causes: { causeId: string; name: string; urgency: Urgency; role: TestRole; supportingResult: string; priority: number }[];
  references: CatalogReference[];
}

/** Every test, ordered by name. */
export async function listTests(): Promise<CatalogTest[]> {
  return [...(await getCatalogSnapshot()).tests];
}

/** One test with the causes it helps with, or null if the id is unknown. */
export async function getTest(id: string): Promise<TestDetail | null> {
  const snapshot = await getCatalogSnapshot();
  const test = snapshot.testById.get(id);
  if (!test) return null;
  return {
    ...test,
    causes: snapshot.testLinks
      .filter((link) => link.testId === id)
      .map((link) => {
        const cause = snapshot.causeById.get(link.causeId)!;
        return { causeId: cause.id, name: cause.name, urgency: cause.urgency, role: link.role, supportingResult: link.supportingResult, priority: link.priority };
      })
      .sort((a, b) => a.priority - b.priority || compareText(a.name, b.name)),
    references: [...(snapshot.referencesByTest.get(id) ?? [])],
  };
}
