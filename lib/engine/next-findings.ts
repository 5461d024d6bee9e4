// Which finding to ask or examine next: the one whose answer is expected to shrink uncertainty
// about the cause the most (expected information gain, in bits).
import { compareText } from '../search/normalise';
import { binaryEntropy } from './entropy';
import { FINDING_KIND_CODES, type FindingTable } from './finding-table';
import { type EngineIndex, type FindingModel } from './engine-index';
import type { RankedCause } from './score';
import { caseEvidence, type CaseEvidence } from './evidence';
import { DEFAULT_CARE_SETTING } from './parameters';
import type { CaseInput, FindingKind } from './types';

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
// Rounding error allowed for a gain bound (a gain is a few bits: float error is about 1e-15).
const BOUND_MARGIN = 1e-12;

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
 * form needs no posterior update per finding; with P(f|c) sparse (one shared value, exceptions for
 * the causes that list f) both sums are the shared value times Σ P(c) plus the exceptions'
 * differences: O(findings + links) in all, exact, with no cut to the leading causes.
 */
export function rankNextFindings(
  index: EngineIndex,
  ranked: readonly RankedCause[],
  known: CaseInput | Pick<CaseEvidence, 'knownPresent' | 'knownAbsent' | 'determined'>,
  limit = 10,
  kinds: readonly FindingKind[] = BEDSIDE_FINDING_KINDS,
): NextFinding[] {
  return nextFindingsByPosterior(index, posteriorByPosition(index, ranked), known, limit, kinds);
}

/** rankNextFindings for a posterior already laid out by cause position (as scoreCase returns it). */
export function nextFindingsByPosterior(
  index: EngineIndex,
  posterior: Float64Array,
  known: CaseInput | Pick<CaseEvidence, 'knownPresent' | 'knownAbsent' | 'determined'>,
  limit = 10,
  kinds: readonly FindingKind[] = BEDSIDE_FINDING_KINDS,
): NextFinding[] {
  let mass = 0;
  for (const p of posterior) mass += p;
  const evidence = 'knownPresent' in known ? known : caseEvidence(index, known, known.setting ?? DEFAULT_CARE_SETTING);
  const table = index.findingTable;
  const skip = knownFindings(table, evidence);
  const wantedKinds = Uint8Array.from(FINDING_KIND_CODES, (kind) => (kinds.includes(kind) ? 1 : 0));
  const { offsets, positions, probability, entropy, probabilityFallback, entropyFallback, entropySlopeFallback } = table;
  const best = new TopFindings(Math.max(0, limit));
  for (let f = 0; f < skip.length; f++) {
    if (skip[f] || !wantedKinds[table.kind[f]!]) continue;
    const pDefault = probabilityFallback[f]!;
    const hDefault = entropyFallback[f]!;
    let pFinding = mass * pDefault;
    let conditionalEntropy = mass * hDefault;
    const start = offsets[f]!;
    const end = offsets[f + 1]!;
    if (end - start === posterior.length) {
      // Every cause has its own value (an attribute entry point): positions are 0, 1, …, so skip the lookup.
      for (let c = 0; c < posterior.length; c++) {
        const p = posterior[c]!;
        pFinding += p * (probability[start + c]! - pDefault);
        conditionalEntropy += p * (entropy[start + c]! - hDefault);
      }
    } else {
      for (let k = start; k < end; k++) {
        const p = posterior[positions[k]!]!;
        pFinding += p * (probability[k]! - pDefault);
        conditionalEntropy += p * (entropy[k]! - hDefault);
      }
    }
    // Most findings cannot enter the list: h(P(f)) lies under its tangent at the shared P(f|c),
    // so a gain bound below the cut is decided without two logarithms.
    const cut = best.cut();
    if (cut > 0 && hDefault + entropySlopeFallback[f]! * (pFinding - pDefault) - conditionalEntropy < cut) continue;
    // Mutual information is never negative; clamp the rounding error of the subtraction.
    best.offer(index.findings, f, Math.max(0, binaryEntropy(pFinding) - conditionalEntropy));
  }
  return best.list();
}

/** 1 for a finding already known: entered, implied present, entailing an absent finding, or a value of a variable already set. */
function knownFindings(table: FindingTable, evidence: Pick<CaseEvidence, 'knownPresent' | 'knownAbsent' | 'determined'>): Uint8Array {
  const skip = new Uint8Array(table.kind.length);
  for (const id of [...evidence.knownPresent, ...evidence.knownAbsent]) {
    const f = table.positionById.get(id);
    if (f !== undefined) skip[f] = 1;
  }
  for (const variable of evidence.determined) for (const f of table.entryPoints.get(variable) ?? []) skip[f] = 1;
  return skip;
}

function compareNext(a: { gain: number; label: string }, b: { gain: number; label: string }): number {
  return Math.abs(a.gain - b.gain) > GAIN_TIE_TOLERANCE ? b.gain - a.gain : compareText(a.label, b.label);
}

/** The `limit` best findings seen so far, in order: a large catalog needs ten, not a sort of all. */
class TopFindings {
  private readonly kept: NextFinding[] = [];
  constructor(private readonly limit: number) {}

  offer(findings: readonly FindingModel[], position: number, gain: number): void {
    const { kept, limit } = this;
    if (limit === 0) return;
    const last = kept[kept.length - 1];
    // Clearly below the last kept: out, without reading the finding.
    if (kept.length >= limit && gain < last!.gain - GAIN_TIE_TOLERANCE) return;
    const { finding } = findings[position]!;
    const candidate = { gain, label: finding.label };
    if (kept.length >= limit && compareNext(candidate, last!) >= 0) return;
    // After every kept finding that ranks no lower (a stable sort's order), found by bisection.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareNext(candidate, kept[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    kept.splice(low, 0, { findingId: finding.id, label: finding.label, kind: finding.kind, gain });
    if (kept.length > limit) kept.pop();
  }

  /**
   * A gain below this cannot be kept (0 until the list is full): the rejection threshold of offer,
   * less a margin far above the rounding error of a gain bound, so a bound under it is safe to skip.
   */
  cut(): number {
    const last = this.kept[this.kept.length - 1];
    return this.kept.length >= this.limit && last ? last.gain - GAIN_TIE_TOLERANCE - BOUND_MARGIN : 0;
  }

  list(): NextFinding[] {
    return this.kept;
  }
}
