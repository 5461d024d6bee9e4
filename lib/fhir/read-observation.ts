// One Observation to finding states: a coded finding (HPO, SNOMED CT or NumbDx code) with its
// polarity, a qualitative LOINC test, or a numeric LOINC result read through the thresholds.
import { LOINC } from '../terminology';
import { AGE_LOINC } from './codes';
import { codedFindings } from './coded-findings';
import { conceptCodes, firstCode } from './coding-text';
import type { InObservation } from './input-schema';
import { presenceFindingOf } from './lab-results';
import { isFlaggedNormal, observationPolarity, type FindingState } from './polarity';
import type { ReadContext, ResourceReading } from './read-types';

const NOT_READ_STATUSES = new Set(['entered-in-error', 'cancelled', 'registered']);

const unmapped = (observation: InObservation, reason: string): ResourceReading => ({
  evidence: [],
  unmapped: [{ resourceType: 'Observation', codes: conceptCodes(observation.code), reason }],
});

function evidenceFor(ids: readonly string[], state: FindingState, source: string): ResourceReading {
  return { evidence: ids.map((findingId) => ({ findingId, state, source })), unmapped: [] };
}

function readLoinc(observation: InObservation, loinc: string, context: ReadContext): ResourceReading {
  const source = `Observation ${firstCode(observation.code)}`;
  const presence = presenceFindingOf(loinc);
  if (presence) {
    const state = observationPolarity(observation);
    return state ? evidenceFor([presence], state, source) : unmapped(observation, 'qualitative result without a positive or negative value');
  }
  const decided = context.measurements.findingsOf(loinc);
  if (decided.length === 0) return unmapped(observation, 'no catalog finding for this LOINC code');
  const quantity = observation.valueQuantity;
  // "ad" (the lab's own sufficiency statement) has no numeric meaning here.
  if (quantity?.value !== undefined && quantity.comparator !== 'ad') {
    const comparator = quantity.comparator;
    const unit = quantity.code ?? quantity.unit;
    const read = context.measurements.read({ loinc, value: quantity.value, unit: quantity.code, unitText: quantity.unit, ...(comparator ? { comparator } : {}) });
    const shown = `${source} = ${comparator ?? ''}${quantity.value}${quantity.unit ?? unit ? ` ${quantity.unit ?? unit}` : ''}`;
    if (read === null) return unmapped(observation, `no threshold for this unit (${quantity.value} ${unit ?? 'without a unit'})`);
    if (read.length === 0) return unmapped(observation, `value ${quantity.value} ${unit ?? ''} decides no catalog finding`.trim());
    return { evidence: read.map((r) => ({ ...r, source: shown })), unmapped: [] };
  }
  if (isFlaggedNormal(observation)) return evidenceFor(decided, 'absent', `${source} flagged normal`);
  return unmapped(observation, 'result has no value to compare with the thresholds');
}

/** The finding states one Observation gives, or why it gives none. */
export function readObservation(observation: InObservation, context: ReadContext): ResourceReading {
  if (NOT_READ_STATUSES.has(observation.status)) return unmapped(observation, `status "${observation.status}" is not a result`);
  const coded = codedFindings(observation.code, context);
  if (coded.length > 0) {
    const state = observationPolarity(observation) ?? 'present';
    // Several findings share one HPO term (e.g. HbA1c ≥ 6.5 % and > 9 %): absence rules all out,
    // presence cannot say which, so it is reported rather than guessed.
    if (coded.length > 1 && state === 'present') {
      return unmapped(observation, `matches several findings (${coded.join(', ')}); enter the right one in NumbDx`);
    }
    return evidenceFor(coded, state, `Observation ${firstCode(observation.code)}`);
  }
  const loinc = observation.code.coding?.find((c) => c.system === LOINC && c.code)?.code;
  if (loinc === AGE_LOINC) return { evidence: [], unmapped: [] }; // read as the age by readPatientFacts
  if (loinc) return readLoinc(observation, loinc, context);
  return unmapped(observation, 'no catalog finding has this code');
}
