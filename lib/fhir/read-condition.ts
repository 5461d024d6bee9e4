// One Condition to history findings: a catalog finding's own code, or a row of the
// condition table (ICD-10-CM, SNOMED CT). Refuted means absent; provisional and differential
// diagnoses are not yet facts, so they are named but not used.
import { CONDITION_CLINICAL_STATUS, CONDITION_VER_STATUS } from './codes';
import { codedFindings } from './coded-findings';
import { conceptCodes, firstCode } from './coding-text';
import { conditionRowsFor } from './condition-map';
import type { InCodeableConcept, InCondition } from './input-schema';
import type { FindingState } from './polarity';
import type { ReadContext, ResourceReading } from './read-types';

const RESOLVED = new Set(['inactive', 'remission', 'resolved']);
const NOT_FACTS = new Set(['unconfirmed', 'provisional', 'differential']);

function statusCode(concept: InCodeableConcept | undefined, system: string): string | undefined {
  return concept?.coding?.find((c) => c.system === system && c.code)?.code;
}

/** The finding states one Condition gives, or why it gives none. */
export function readCondition(condition: InCondition, context: ReadContext): ResourceReading {
  const codes = conceptCodes(condition.code);
  const none = (reason: string): ResourceReading => ({ evidence: [], unmapped: [{ resourceType: 'Condition', codes, reason }] });
  const verification = statusCode(condition.verificationStatus, CONDITION_VER_STATUS);
  if (verification === 'entered-in-error') return none('entered in error');
  if (verification && NOT_FACTS.has(verification)) return none(`verification status "${verification}" is not a confirmed diagnosis`);
  const clinical = statusCode(condition.clinicalStatus, CONDITION_CLINICAL_STATUS);
  const resolved = clinical !== undefined && RESOLVED.has(clinical);

  const found = new Map<string, FindingState>();
  // A catalog finding's own code (an HPO term on the problem list) is the finding itself; a term
  // several findings share cannot say which, as for Observations.
  const coded = codedFindings(condition.code, context);
  if (coded.length > 1 && verification !== 'refuted') return none(`matches several findings (${coded.join(', ')}); enter the right one in NumbDx`);
  for (const id of coded) found.set(id, 'present');
  let ignoredAsResolved = false;
  for (const coding of condition.code?.coding ?? []) {
    if (!coding.system || !coding.code) continue;
    for (const row of conditionRowsFor(coding.system, coding.code)) {
      if (!context.knownFindingIds.has(row.finding)) continue;
      if (resolved && row.whenResolved === 'ignore') ignoredAsResolved = true;
      else found.set(row.finding, 'present');
    }
  }
  if (found.size === 0) {
    return none(ignoredAsResolved ? `clinical status "${clinical}": no longer counts as this history` : 'no catalog finding for this code');
  }
  const state: FindingState = verification === 'refuted' ? 'absent' : 'present';
  const source = `Condition ${firstCode(condition.code)}${verification === 'refuted' ? ' (refuted)' : resolved ? ` (${clinical})` : ''}`;
  return { evidence: [...found.keys()].map((findingId) => ({ findingId, state, source })), unmapped: [] };
}
