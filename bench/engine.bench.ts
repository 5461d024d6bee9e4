// Engine speed on a catalog of realistic size: 50 causes × 15 finding links, 250 findings,
// 60 tests, 12 red-flag rules. Target: computeDifferential well under 5 ms per call.
import { bench, describe } from 'vitest';
import { computeDifferential } from '../lib/engine/differential';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { rankCauses } from '../lib/engine/score';
import type {
  CaseInput,
  EngineCatalog,
  EngineCause,
  FindingKind,
  PrevalenceTier,
  TestKind,
  TestRole,
  Urgency,
} from '../lib/engine/types';
import { seededRandom } from '../lib/seeded-random';

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function syntheticCatalog(): EngineCatalog {
  const random = seededRandom(20261129);
  const findingKinds: FindingKind[] = ['symptom', 'symptom', 'history', 'sign', 'sign', 'lab', 'imaging', 'neurophysiology'];
  const findings = Array.from({ length: 250 }, (_, i) => ({
    id: `finding-${i}`,
    label: `Finding ${i}`,
    kind: pick(random, findingKinds),
    backgroundFrequency: 0.01 + random() * 0.4,
  }));
  const testKinds: TestKind[] = ['bedside', 'lab', 'imaging', 'neurophysiology'];
  const tests = Array.from({ length: 60 }, (_, i) => ({ id: `test-${i}`, name: `Test ${i}`, kind: pick(random, testKinds), codes: [] }));
  const tiers: PrevalenceTier[] = ['very_common', 'common', 'uncommon', 'rare', 'very_rare'];
  const urgencies: Urgency[] = ['routine', 'routine', 'routine', 'urgent', 'emergency'];
  const roles: TestRole[] = ['first_line', 'confirmatory', 'if_indicated'];
  const causes = Array.from({ length: 50 }, (_, i): EngineCause => {
    const linked = new Set<number>();
    while (linked.size < 15) linked.add(Math.floor(random() * findings.length));
    const testIds = new Set<number>();
    while (testIds.size < 5) testIds.add(Math.floor(random() * tests.length));
    const urgency = pick(random, urgencies);
    return {
      id: `cause-${i}`,
      name: `Cause ${i}`,
      icd10: [],
      urgency,
      cantMiss: urgency !== 'routine',
      prevalenceTier: pick(random, tiers),
      typicalAge: { min: 18 + Math.floor(random() * 30), max: 60 + Math.floor(random() * 40) },
      typicalSex: pick(random, ['any', 'any', 'any', 'female_predominant', 'male_predominant', 'female'] as const),
      findings: [...linked].map((f) => ({ findingId: `finding-${f}`, probability: random() < 0.2 ? random() * 0.05 : 0.3 + random() * 0.69, evidence: 'estimate' as const })),
      tests: [...testIds].map((t, priority) => ({ testId: `test-${t}`, role: pick(random, roles), priority: priority + 1, supportingResult: '' })),
    };
  });
  const rules = Array.from({ length: 12 }, (_, i) => ({
    id: `rule-${i}`,
    name: `Rule ${i}`,
    level: i % 3 === 0 ? ('emergency' as const) : ('urgent' as const),
    message: '',
    action: '',
    triggers: [[`finding-${i * 7}`], [`finding-${i * 7 + 1}`, `finding-${i * 7 + 2}`]],
    causeIds: [`cause-${i * 4}`],
  }));
  return { version: 'bench', findings, tests, causes, rules };
}

const catalog = syntheticCatalog();
const index = buildEngineIndex(catalog);
// Six present findings from one cause's profile (incl. a rule trigger) and three absent ones.
const profile = catalog.causes[3]!.findings.map((f) => f.findingId);
const input: CaseInput = {
  present: [...profile.slice(0, 5), 'finding-0'],
  absent: profile.slice(5, 8),
  age: 54,
  sex: 'female',
};

describe('engine', () => {
  bench('computeDifferential (6 present + 3 absent)', () => {
    computeDifferential(index, input);
  });
  bench('rankCauses only', () => {
    rankCauses(index, input);
  });
  bench('buildEngineIndex (once per catalog load)', () => {
    buildEngineIndex(catalog);
  });
});
