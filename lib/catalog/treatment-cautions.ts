// Treatments of the leading causes that the case's own patient factors contraindicate or call
// for caution with (pregnancy, anticoagulants, severe kidney disease): pure over the snapshot.
import type { CatalogSnapshot } from './snapshot-build';

/** One treatment flagged for this case. */
export interface TreatmentCaution {
  treatmentId: string;
  name: string;
  level: 'contraindicated' | 'caution';
  /** Labels of the present findings that flag it. */
  because: string[];
  /** Causes (among those looked at) it is listed for. */
  causeIds: string[];
}

/** Per snapshot, every finding some treatment is contraindicated or cautioned by. */
const flaggingFindings = new WeakMap<CatalogSnapshot, ReadonlySet<string>>();

function findingsThatFlag(snapshot: CatalogSnapshot): ReadonlySet<string> {
  let found = flaggingFindings.get(snapshot);
  if (!found) {
    found = new Set([...snapshot.treatmentById.values()].flatMap((t) => [...(t.contraindicatedFindings ?? []), ...(t.cautionFindings ?? [])]));
    flaggingFindings.set(snapshot, found);
  }
  return found;
}

/** Flags the treatments of `causeIds` whose contraindicating or caution findings are present; contraindicated first. */
export function treatmentCautions(snapshot: CatalogSnapshot, causeIds: readonly string[], present: readonly string[]): TreatmentCaution[] {
  // Most cases hold none of the few findings that flag a treatment: then no link needs a look.
  const flagging = findingsThatFlag(snapshot);
  if (!present.some((id) => flagging.has(id))) return [];
  const here = new Set(present);
  const label = (id: string) => snapshot.findingById.get(id)?.label ?? id;
  const byTreatment = new Map<string, TreatmentCaution>();
  for (const link of snapshot.treatmentLinks) {
    if (!causeIds.includes(link.causeId)) continue;
    const known = byTreatment.get(link.treatmentId);
    if (known) {
      known.causeIds.push(link.causeId);
      continue;
    }
    const treatment = snapshot.treatmentById.get(link.treatmentId);
    if (!treatment) continue;
    const against = (treatment.contraindicatedFindings ?? []).filter((id) => here.has(id));
    const careful = (treatment.cautionFindings ?? []).filter((id) => here.has(id));
    if (against.length === 0 && careful.length === 0) continue;
    byTreatment.set(link.treatmentId, {
      treatmentId: treatment.id,
      name: treatment.name,
      level: against.length > 0 ? 'contraindicated' : 'caution',
      because: (against.length > 0 ? against : careful).map(label),
      causeIds: [link.causeId],
    });
  }
  return [...byTreatment.values()].sort((a, b) => Number(b.level === 'contraindicated') - Number(a.level === 'contraindicated') || a.name.localeCompare(b.name, 'en'));
}
