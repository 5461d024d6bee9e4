// The URLs cards point to: cause pages, and the workspace with the case in its URL.
import { caseUrl } from '../workspace/case-query';
import type { CaseFromFhir } from '../fhir/case-from-fhir';
import { NUMBDX_FHIR_BASE } from '../fhir/codes';
import type { CdsCoding, CdsLink } from './types';

/** The page of a cause. */
export const causeUrl = (baseUrl: string, causeId: string) => `${baseUrl}/causes/${encodeURIComponent(causeId)}`;

/** The workspace with the case read from the record (present, absent, age, sex). */
export function workspaceLink(baseUrl: string, entered: CaseFromFhir['case']): CdsLink {
  return { label: 'Open this case in NumbDx', url: `${baseUrl}${caseUrl({ ...entered, legs: [] })}`, type: 'absolute' };
}

const OVERRIDE_SYSTEM = `${NUMBDX_FHIR_BASE}/CodeSystem/override-reason`;

/** Reasons a clinician may give for dismissing a red-flag card (each with a display, as the spec requires). */
export const RED_FLAG_OVERRIDE_REASONS: CdsCoding[] = [
  { system: OVERRIDE_SYSTEM, code: 'already-addressed', display: 'Already assessed or acted on' },
  { system: OVERRIDE_SYSTEM, code: 'finding-not-current', display: 'The finding is not current' },
  { system: OVERRIDE_SYSTEM, code: 'finding-incorrect', display: 'The recorded finding is wrong' },
];
