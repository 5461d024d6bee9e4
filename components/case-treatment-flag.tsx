'use client';
import { lastCaseOf, useLastCaseUrl } from './last-case';

interface CaseTreatmentFlagProps {
  /** Patient factors that contraindicate the treatment, or call for caution, with their labels. */
  contraindicated: readonly { id: string; label: string }[];
  caution: readonly { id: string; label: string }[];
}

/** Marks a treatment contraindicated or cautioned for the case of this tab (read in the browser only). */
export function CaseTreatmentFlag({ contraindicated, caution }: CaseTreatmentFlagProps) {
  const present = lastCaseOf(useLastCaseUrl())?.present ?? [];
  const against = contraindicated.filter((f) => present.includes(f.id));
  const careful = caution.filter((f) => present.includes(f.id));
  if (against.length === 0 && careful.length === 0) return null;
  return against.length > 0 ? (
    <span className="case-flag case-flag-contraindicated">Contraindicated for your case: {against.map((f) => f.label).join(', ')}</span>
  ) : (
    <span className="case-flag case-flag-caution">Caution for your case: {careful.map((f) => f.label).join(', ')}</span>
  );
}
