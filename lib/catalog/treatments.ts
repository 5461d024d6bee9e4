// Treatments: the list and one treatment with the causes it treats, from the snapshot.
import 'server-only';
import { compareText } from '../search/normalise';
import { getCatalogSnapshot } from './snapshot';
import {
  TREATMENT_LINE_ORDER,
  type CatalogReference,
  type CatalogTreatment,
  type EvidenceLevel,
  type TreatmentLine,
  type Urgency,
} from './types';

/** A treatment page: the causes it treats (emergency line first), with line, dose and evidence level. */
export interface TreatmentDetail extends CatalogTreatment {
  causes: {
    causeId: string;
    name: string;
    urgency: Urgency;
    line: TreatmentLine;
    evidenceLevel: EvidenceLevel;
    dose: string | null;
    notes: string | null;
  }[];
  references: CatalogReference[];
}

/** Every treatment, ordered by name. */
export async function listTreatments(): Promise<CatalogTreatment[]> {
  return [...(await getCatalogSnapshot()).treatments];
}

/** One treatment with its causes, or null if the id is unknown. */
export async function getTreatment(id: string): Promise<TreatmentDetail | null> {
  const snapshot = await getCatalogSnapshot();
  const treatment = snapshot.treatmentById.get(id);
  if (!treatment) return null;
  return {
    ...treatment,
    causes: snapshot.treatmentLinks
      .filter((link) => link.treatmentId === id)
      .map((link) => {
        const cause = snapshot.causeById.get(link.causeId)!;
        const { line, evidenceLevel, dose, notes } = link;
        return { causeId: cause.id, name: cause.name, urgency: cause.urgency, line, evidenceLevel, dose, notes };
      })
      .sort((a, b) => TREATMENT_LINE_ORDER.indexOf(a.line) - TREATMENT_LINE_ORDER.indexOf(b.line) || compareText(a.name, b.name)),
    references: [...(snapshot.referencesByTreatment.get(id) ?? [])],
  };
}
