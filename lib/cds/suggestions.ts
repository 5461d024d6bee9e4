// The workup as suggestions: each creates a draft ServiceRequest for the patient in the EHR,
// coded with the test's LOINC code where the catalog has one. The clinician still signs it.
import type { WorkupEntry } from '../engine/workup';
import type { CardContext, CdsSuggestion } from './types';

/** Workup tests offered as suggestions, at most (the rest stay in the card's detail). */
export const MAX_SUGGESTIONS = 6;

/** The draft ServiceRequest for one workup test. */
export function draftServiceRequest(test: WorkupEntry, context: CardContext, emergency: boolean): Record<string, unknown> {
  const reasons = test.helpsWith.map(context.causeName);
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'order',
    priority: !test.forAlert ? 'routine' : emergency ? 'stat' : 'urgent',
    code: { ...(test.codes.length ? { coding: test.codes.map(({ system, code, display }) => ({ system, code, display })) } : {}), text: test.name },
    subject: { reference: `Patient/${context.patientId}` },
    ...(context.encounterId ? { encounter: { reference: `Encounter/${context.encounterId}` } } : {}),
    ...(reasons.length ? { reasonCode: reasons.map((text) => ({ text })) } : {}),
    note: [{ text: `Suggested by NumbDx (workup rank ${test.priority}${test.forAlert ? ', for a red flag' : ''}).` }],
  };
}

/**
 * One suggestion per leading orderable test (lab, imaging, neurophysiology; bedside examinations
 * are done, not ordered, and stay in the card's detail); red-flag tests are marked recommended.
 */
export function workupSuggestions(workup: readonly WorkupEntry[], emergencyCauseIds: ReadonlySet<string>, context: CardContext): CdsSuggestion[] {
  return workup.filter((test) => test.kind !== 'bedside').slice(0, MAX_SUGGESTIONS).map((test) => {
    const emergency = test.helpsWith.some((id) => emergencyCauseIds.has(id));
    const loinc = test.codes.map((c) => c.code).join(', ');
    return {
      label: `Order ${test.name}`,
      uuid: context.newId(),
      ...(test.forAlert ? { isRecommended: true } : {}),
      actions: [
        {
          type: 'create',
          description: `Create a draft order for ${test.name}${loinc ? ` (LOINC ${loinc})` : ''}.`,
          resource: draftServiceRequest(test, context, emergency),
        },
      ],
    };
  });
}
