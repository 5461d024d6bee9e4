// A cause must never list a treatment that is contraindicated in that very cause: the catalog
// once offered compression stockings for arterial disease and pyridoxine for B6 toxicity.
import type { CatalogData, TCause, TTreatment } from '../schemas/catalog';

/** A cause–treatment link that contradicts the treatment's own contraindications. */
export interface ContraindicatedLink {
  causeId: string;
  treatmentId: string;
  reason: string;
}

/** A finding the cause usually shows (P ≥ this) counts as one of its defining findings. */
export const DEFINING_FINDING_PROBABILITY = 0.5;

// A contraindication that names the cause after one of these words is about another episode or
// a negation ("recent stroke" for thrombolysis in stroke, "without proven B6 deficiency").
const QUALIFIER = /\b(recent|previous|prior|history|pre|without|unless|not|no)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the contraindication text names the cause (or a synonym) without a qualifier before it. */
function textNamingCause(cause: TCause, treatment: TTreatment): string | undefined {
  for (const text of treatment.contraindications) {
    for (const name of [cause.name, ...cause.synonyms]) {
      const match = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').exec(text);
      if (match && !QUALIFIER.test(text.slice(0, match.index))) return `contraindication "${text}" names "${name}"`;
    }
  }
  return undefined;
}

/** Every cause–treatment link whose treatment is contraindicated in that cause or its defining findings. */
export function findContraindicatedLinks(data: Pick<CatalogData, 'causes' | 'treatments'>): ContraindicatedLink[] {
  const treatments = new Map(data.treatments.map((t) => [t.id, t]));
  const problems: ContraindicatedLink[] = [];
  for (const cause of data.causes) {
    const defining = new Set(cause.findings.filter((l) => l.probability >= DEFINING_FINDING_PROBABILITY).map((l) => l.finding));
    for (const link of cause.treatments) {
      const treatment = treatments.get(link.treatment);
      if (!treatment) continue; // an unknown id is the cross-check's error, not this one's
      const add = (reason: string) => problems.push({ causeId: cause.id, treatmentId: treatment.id, reason });
      if (treatment.contraindicatedCauses?.includes(cause.id)) add('contraindicatedCauses names the cause');
      for (const f of treatment.contraindicatedFindings ?? []) {
        if (defining.has(f)) add(`contraindicatedFindings names "${f}", a defining finding of the cause`);
      }
      const named = textNamingCause(cause, treatment);
      if (named) add(named);
    }
  }
  return problems;
}
