// Realistic requests for the soak and the benchmark, drawn from the real catalog: differentials
// (GET and POST), finding search, reference API calls, pages and the static assets pages load.
import { CATALOG_DIR, loadCatalog } from '../../lib/catalog/files';
import type { LoadRequest } from './load';

/** What a traffic mix is drawn from. */
export interface TrafficSource {
  findingIds: string[];
  causeIds: string[];
  testIds: string[];
  treatmentIds: string[];
  /** /_next/static/… files a page links (read from the home page). */
  assets: string[];
}

/** Ids from the catalog files, plus the static assets the running server's home page links. */
export async function trafficSource(baseUrl: string): Promise<TrafficSource> {
  const { data } = loadCatalog(process.env.CATALOG_DIR ?? CATALOG_DIR);
  const html = await (await fetch(`${baseUrl}/`)).text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!))];
  if (assets.length === 0) throw new Error('The home page links no /_next/static assets');
  return {
    findingIds: data.findings.map((f) => f.id),
    causeIds: data.causes.map((c) => c.id),
    testIds: data.tests.map((t) => t.id),
    treatmentIds: data.treatments.map((t) => t.id),
    assets,
  };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function someFindings(source: TrafficSource, n: number): string[] {
  return [...new Set(Array.from({ length: n }, () => pick(source.findingIds)))];
}

/** A case of 1–6 present and 0–3 absent findings (no id both). */
function randomCase(source: TrafficSource) {
  const present = someFindings(source, 1 + Math.floor(Math.random() * 6));
  const absent = someFindings(source, Math.floor(Math.random() * 4)).filter((id) => !present.includes(id));
  return { present, absent, age: 20 + Math.floor(Math.random() * 60), sex: pick(['female', 'male'] as const) };
}

/** The benchmarks' realistic case: a sciatica-like presentation, 6 findings present and 4 absent. */
export const TEN_FINDING_CASE = {
  present: ['back-pain', 'radiating-leg-pain', 'numbness-one-leg', 'slr-positive', 'l5-sensory-loss', 'prolonged-sitting'],
  absent: ['saddle-anaesthesia', 'urinary-retention', 'fever', 'diabetes'],
  age: 45,
  sex: 'female' as const,
};

/** One request of each named scenario. */
export const SCENARIOS: Record<string, (source: TrafficSource) => LoadRequest> = {
  'api differential GET': (s) => {
    const c = randomCase(s);
    return { kind: 'api differential GET', path: `/api/differential?present=${c.present.join(',')}&absent=${c.absent.join(',')}&age=${c.age}&sex=${c.sex}` };
  },
  'api differential POST': (s) => ({ kind: 'api differential POST', method: 'POST', path: '/api/differential', body: JSON.stringify(randomCase(s)) }),
  'api finding search': (s) => ({ kind: 'api finding search', path: `/api/findings?q=${encodeURIComponent(pick(s.findingIds).split('-').slice(0, 2).join(' '))}&limit=10` }),
  'api cause': (s) => ({ kind: 'api cause', path: `/api/causes/${pick(s.causeIds)}` }),
  'api differential POST, 10 findings': () => ({ kind: 'api differential POST, 10 findings', method: 'POST', path: '/api/differential', body: JSON.stringify(TEN_FINDING_CASE) }),
  'api health': () => ({ kind: 'api health', path: '/api/health' }),
  'page workspace with case': (s) => ({ kind: 'page workspace with case', path: `/?present=${randomCase(s).present.join(',')}` }),
  'page cause': (s) => ({ kind: 'page cause', path: `/causes/${pick(s.causeIds)}` }),
  'page finding': (s) => ({ kind: 'page finding', path: `/findings/${pick(s.findingIds)}` }),
  'page test': (s) => ({ kind: 'page test', path: `/tests/${pick(s.testIds)}` }),
  'page treatment': (s) => ({ kind: 'page treatment', path: `/treatments/${pick(s.treatmentIds)}` }),
  'static asset': (s) => ({ kind: 'static asset', path: pick(s.assets) }),
};

/** The soak's mix: weights roughly as a clinician's session spreads its requests. */
const MIX: [keyof typeof SCENARIOS, number][] = [
  ['api differential GET', 25],
  ['api differential POST', 10],
  ['api finding search', 15],
  ['api cause', 5],
  ['api health', 2],
  ['page workspace with case', 8],
  ['page cause', 5],
  ['page finding', 4],
  ['page test', 3],
  ['page treatment', 3],
  ['static asset', 20],
];

/** A request drawn from the mixed traffic. */
export function mixedRequest(source: TrafficSource): LoadRequest {
  const total = MIX.reduce((sum, [, w]) => sum + w, 0);
  let r = Math.random() * total;
  for (const [name, weight] of MIX) {
    r -= weight;
    if (r < 0) return SCENARIOS[name]!(source);
  }
  return SCENARIOS['static asset']!(source);
}
