// Dense reference (the engine as of commit c91ab2c, before the sparse index): kept only for tests/engine/sparse-equivalence.test.ts.
// Which finding to ask or examine next: the one whose answer is expected to shrink uncertainty
// about the cause the most (expected information gain, in bits).
import { compareText } from '../../../lib/search/normalise';
import { binaryEntropy } from '../../../lib/engine/entropy';
import { type EngineIndex } from './index';
import type { RankedCause } from './score';
import { caseEvidence, type CaseEvidence } from './evidence';
import { DEFAULT_CARE_SETTING } from '../../../lib/engine/parameters';
import type { CaseInput, FindingKind } from '../../../lib/engine/types';

/**
 * Default kinds: what can be asked or examined at the bedside now. Lab, imaging and
 * neurophysiology findings are results of tests that the workup plan already ranks (with cost
 * and urgency in mind); suggesting "MRI: cauda equina compression" as a question would mix the two.
 */
export const BEDSIDE_FINDING_KINDS: readonly FindingKind[] = ['symptom', 'history', 'sign'];

/** Every finding kind, for a caller that wants test results ranked too. */
export const ALL_FINDING_KINDS: readonly FindingKind[] = [...BEDSIDE_FINDING_KINDS, 'lab', 'imaging', 'neurophysiology'];

// Gains that differ only by floating-point noise are ties, so equal findings sort by label.
const GAIN_TIE_TOLERANCE = 1e-12;

/** A finding worth asking next. */
export interface NextFinding {
  findingId: string;
  label: string;
  kind: FindingKind;
  /** Expected reduction of the posterior's entropy, in bits (≥ 0). */
  gain: number;
}

/** Posterior probabilities laid out by cause position (the layout of every FindingModel array). */
export function posteriorByPosition(index: EngineIndex, ranked: readonly RankedCause[]): Float64Array {
  const posterior = new Float64Array(index.causes.length);
  for (const cause of ranked) {
    const model = index.causeById.get(cause.id);
    if (!model) throw new Error(`Ranked cause "${cause.id}" is not in catalog ${index.version}`);
    posterior[model.position] = cause.probability;
  }
  return posterior;
}

/**
 * Not-yet-entered findings of the given kinds by expected information gain, best first (ties by label).
 *
 * The brief's H(C) − [P(f)·H(C|f) + (1−P(f))·H(C|¬f)] is the mutual information I(C;F), which
 * also equals H(F) − H(F|C) = h(P(f)) − Σ_c P(c)·h(P(f|c)) with h the binary entropy. The second
 * form needs no posterior update per finding, and h(P(f|c)) is precomputed: O(F·C) in all.
 */
export function rankNextFindings(
  index: EngineIndex,
  ranked: readonly RankedCause[],
  known: CaseInput | Pick<CaseEvidence, 'knownPresent' | 'knownAbsent' | 'determined'>,
  limit = 10,
  kinds: readonly FindingKind[] = BEDSIDE_FINDING_KINDS,
): NextFinding[] {
  const posterior = posteriorByPosition(index, ranked);
  const evidence = 'knownPresent' in known ? known : caseEvidence(index, known, known.setting ?? DEFAULT_CARE_SETTING);
  const wantedKinds = new Set(kinds);
  const candidates: NextFinding[] = [];
  for (const model of index.findings) {
    const id = model.finding.id;
    // Known already: entered, implied present, entailing an absent finding, or a value of a variable already set.
    const known = evidence.knownPresent.has(id) || evidence.knownAbsent.has(id) || (model.attribute && evidence.determined.has(model.attribute.variable));
    if (known || !wantedKinds.has(model.finding.kind)) continue;
    let pFinding = 0;
    let conditionalEntropy = 0;
    for (let c = 0; c < posterior.length; c++) {
      const p = posterior[c]!;
      pFinding += p * model.probabilityByCause[c]!;
      conditionalEntropy += p * model.entropyByCause[c]!;
    }
    // Mutual information is never negative; clamp the rounding error of the subtraction.
    const gain = Math.max(0, binaryEntropy(pFinding) - conditionalEntropy);
    candidates.push({ findingId: model.finding.id, label: model.finding.label, kind: model.finding.kind, gain });
  }
  candidates.sort((a, b) =>
    Math.abs(a.gain - b.gain) > GAIN_TIE_TOLERANCE ? b.gain - a.gain : compareText(a.label, b.label),
  );
  return candidates.slice(0, Math.max(0, limit));
}
