// Seeded synthetic catalogs with the real catalog's shape, for `npm run bench:scale`: the real
// causes, findings, links and rules copied `factor` times under new ids, with each copy's
// probabilities jittered and a tenth of its links pointed at other copies' findings, so the
// result is not block-diagonal (a finding is shared across copies as real findings are).
import type { EngineCatalog, EngineCause, EngineFinding, EngineRedFlagRule } from '../lib/engine/types';
import { seededRandom } from '../lib/seeded-random';

export { seededRandom };

const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}--${copy}`);
const clamp = (p: number) => Math.min(0.99, Math.max(0.01, p));

/** The real catalog scaled to `factor` copies (factor 1 returns it unchanged). */
export function scaleCatalog(real: EngineCatalog, factor: number, seed = 1): EngineCatalog {
  if (factor === 1) return real;
  const random = seededRandom(seed);
  const findings: EngineFinding[] = [];
  const causes: EngineCause[] = [];
  const rules: EngineRedFlagRule[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const f of real.findings) {
      // A copy's implications stay inside the copy, as its links and rules do (else every copy's chain would end on copy 0).
      const implies = f.implies?.map((id) => suffix(id, copy));
      findings.push({ ...f, id: suffix(f.id, copy), label: copy === 0 ? f.label : `${f.label} (${copy})`, ...(implies ? { implies } : {}) });
    }
    for (const c of real.causes) {
      const seen = new Set<string>();
      const links = c.findings.map((link) => {
        // A tenth of the links point at the same finding in another copy.
        const other = random() < 0.1 ? Math.floor(random() * factor) : copy;
        return { ...link, findingId: suffix(link.findingId, other), probability: clamp(link.probability * (0.8 + 0.4 * random())) };
      });
      causes.push({
        ...c,
        id: suffix(c.id, copy),
        name: copy === 0 ? c.name : `${c.name} (${copy})`,
        findings: links.filter((l) => !seen.has(l.findingId) && seen.add(l.findingId)),
      });
    }
    for (const r of real.rules) {
      rules.push({ ...r, id: suffix(r.id, copy), triggers: r.triggers.map((g) => g.map((id) => suffix(id, copy))), causeIds: r.causeIds.map((id) => suffix(id, copy)) });
    }
  }
  return { ...real, version: `${real.version}x${factor}`, findings, causes, rules };
}
