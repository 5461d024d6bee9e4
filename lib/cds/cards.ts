// All cards for one call: a card per fired red flag (emergency first), then the differential.
import type { DifferentialResponse } from '../catalog/differential';
import type { CaseFromFhir } from '../fhir/case-from-fhir';
import { alertCard } from './alert-cards';
import { differentialCard, noFindingsCard } from './differential-card';
import type { CardContext, CdsResponse } from './types';

/** The CDS Hooks response for a record read into `reading` with its `differential`. */
export function cardsFor(differential: DifferentialResponse, reading: CaseFromFhir, notes: readonly string[], context: CardContext): CdsResponse {
  // Without any finding present the ranking is only the prior: nothing to show but what was read.
  if (reading.case.present.length === 0) return { cards: [noFindingsCard(reading, notes, context)] };
  return {
    cards: [...differential.alerts.map((alert) => alertCard(alert, reading, context)), differentialCard(differential, reading, notes, context)],
  };
}
