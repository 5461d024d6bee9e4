// Codings as a clinician reads them in a card: "ICD-10-CM E11.9 "Type 2 diabetes…"".
import { CODE_SYSTEMS, SYSTEM_LABEL, type CodeSystem } from '../terminology';
import { NUMBDX_FINDING_SYSTEM } from './codes';
import type { InCodeableConcept } from './input-schema';

function systemLabel(system: string | undefined): string {
  if (!system) return 'no system';
  if (system === NUMBDX_FINDING_SYSTEM) return 'NumbDx';
  return (CODE_SYSTEMS as readonly string[]).includes(system) ? SYSTEM_LABEL[system as CodeSystem] : system;
}

/** Each coding of a concept as text; the concept's text when it has no coding. */
export function conceptCodes(concept: InCodeableConcept | undefined): string[] {
  const codings = (concept?.coding ?? []).filter((c) => c.code);
  if (codings.length === 0) return concept?.text ? [`text "${concept.text}"`] : ['no code'];
  return codings.map((c) => `${systemLabel(c.system)} ${c.code}${c.display ? ` "${c.display}"` : ''}`);
}

/** The first coding as text (for naming the source of a finding). */
export function firstCode(concept: InCodeableConcept | undefined): string {
  return conceptCodes(concept)[0]!;
}

/** The key of a coding in a code index. */
export const codeKey = (system: string, code: string) => `${system}|${code}`;
