// Every finding's P(f|c) and h(P(f|c)) in one flat layout (compressed sparse rows, findings in
// index order). Ranking next findings scans all of them on every edit; reading a few long arrays
// in order costs a fraction of chasing one small object per finding through memory.
import type { FindingModel } from './engine-index';
import type { AttributeVariable, FindingKind } from './types';

/** The finding kinds, as the codes stored in FindingTable.kind. */
export const FINDING_KIND_CODES: readonly FindingKind[] = ['symptom', 'history', 'sign', 'lab', 'imaging', 'neurophysiology'];

/** Per-finding quantities for expected information gain, by finding position (index.findings order). */
export interface FindingTable {
  /** Finding k's exceptions are positions/probability/entropy[offsets[k] .. offsets[k + 1]). */
  offsets: Int32Array;
  positions: Int32Array;
  probability: Float64Array;
  entropy: Float64Array;
  /** The shared P(f|c) and h(P(f|c)) of the causes without an exception. */
  probabilityFallback: Float64Array;
  entropyFallback: Float64Array;
  /** h′ at the shared P(f|c), log2((1 − p) / p): the tangent there bounds h(P(f)) from above (h is concave). */
  entropySlopeFallback: Float64Array;
  /** Index into FINDING_KIND_CODES. */
  kind: Uint8Array;
  /** Finding position by id. */
  positionById: ReadonlyMap<string, number>;
  /** Positions of the entry points of each attribute variable. */
  entryPoints: ReadonlyMap<AttributeVariable, readonly number[]>;
}

/** Flattens the finding models (built once with the index). */
export function buildFindingTable(findings: readonly FindingModel[]): FindingTable {
  const offsets = new Int32Array(findings.length + 1);
  findings.forEach((model, k) => (offsets[k + 1] = offsets[k]! + model.probability.positions.length));
  const total = offsets[findings.length]!;
  const positions = new Int32Array(total);
  const probability = new Float64Array(total);
  const entropy = new Float64Array(total);
  const entryPoints = new Map<AttributeVariable, number[]>();
  findings.forEach((model, k) => {
    positions.set(model.probability.positions, offsets[k]);
    probability.set(model.probability.values, offsets[k]);
    entropy.set(model.entropy.values, offsets[k]);
    if (model.attribute) entryPoints.set(model.attribute.variable, [...(entryPoints.get(model.attribute.variable) ?? []), k]);
  });
  return {
    offsets,
    positions,
    probability,
    entropy,
    probabilityFallback: Float64Array.from(findings, (m) => m.probability.fallback),
    entropyFallback: Float64Array.from(findings, (m) => m.entropy.fallback),
    entropySlopeFallback: Float64Array.from(findings, (m) => Math.log2((1 - m.probability.fallback) / m.probability.fallback)),
    kind: Uint8Array.from(findings, (m) => FINDING_KIND_CODES.indexOf(m.finding.kind)),
    positionById: new Map(findings.map((m, k) => [m.finding.id, k])),
    entryPoints,
  };
}
