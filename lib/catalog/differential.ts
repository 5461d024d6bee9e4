// The differential for one case, in the API's JSON shape: used by GET/POST /api/differential, the
// server-rendered workspace and the workspace in the browser (on the published snapshot), so all
// three always show the same answer. Universal: no database, no Node API (see get-differential.ts).
import type { CantMissCause } from '../engine/cant-miss';
import type { ImpliedFinding } from '../engine/evidence';
import { CaseInputError } from '../engine/case-input';
import { computeDifferential } from '../engine/differential';
import { EMERGENCY_PROMPT_TOP, emergencyPrompts, type EmergencyPrompt } from '../engine/emergency-prompt';
import type { NextFinding } from '../engine/next-findings';
import type { RedFlagAlert } from '../engine/red-flags';
import type { RankedCause } from '../engine/score';
import type { CareSetting } from '../engine/types';
import { timeWorkup, type TimedWorkupEntry } from '../engine/workup-timing';
import type { TDifferentialCase } from '../schemas/api';
import type { CatalogSnapshot } from './snapshot-build';
import { treatmentCautions, type TreatmentCaution } from './treatment-cautions';
import { PREGNANCY_FINDING } from '../workspace/patient-context';

export type { TreatmentCaution };
/** Thrown by the engine's one check of a case (unknown, repeated or contradictory ids): a 400. */
export { CaseInputError };
export type { CantMissCause, EmergencyPrompt, ImpliedFinding, NextFinding, RankedCause, RedFlagAlert, TimedWorkupEntry as WorkupEntry };

/** How many leading causes' treatments are checked against the patient's factors. */
const CAUTION_CAUSES = 5;

/** GET/POST /api/differential's body. */
export interface DifferentialResponse {
  catalogVersion: string;
  /** The care setting whose priors were used (primary_care when the case gave none). */
  setting: CareSetting;
  /** How many causes the catalog ranked; `causes` holds the first `limit` of them. */
  totalCauses: number;
  /** Most probable first; each with its supporting and opposing findings (weight = ln LR). */
  causes: RankedCause[];
  /** Findings present because an entered finding entails them; they count through that finding. */
  implied: ImpliedFinding[];
  cantMiss: CantMissCause[];
  alerts: RedFlagAlert[];
  /** Emergency causes in the top three that no fired alert names, with the findings to check. */
  emergencyPrompts: EmergencyPrompt[];
  nextFindings: NextFinding[];
  /** By urgency group (now, today, outpatient), alert-named tests first in each. */
  workup: (TimedWorkupEntry & { pregnancy?: string })[];
  /** Treatments of the five leading causes that the case's patient factors contraindicate or caution. */
  treatmentCautions: TreatmentCaution[];
}


/** Computes the differential for a case on the loaded snapshot (pure apart from the snapshot). */
export function differentialOn(snapshot: CatalogSnapshot, input: TDifferentialCase): DifferentialResponse {
  // Only the causes shown are explained (a large catalog's full list was most of the engine's cost);
  // the emergency prompts and the treatment cautions read the top five, so at least five come back.
  const result = computeDifferential(
    snapshot.engine,
    {
      present: input.present,
      absent: input.absent,
      age: input.age,
      sex: input.sex,
      ...(input.setting ? { setting: input.setting } : {}),
    },
    { limit: Math.max(input.limit, CAUTION_CAUSES, EMERGENCY_PROMPT_TOP) },
  );
  return {
    catalogVersion: result.catalogVersion,
    setting: result.setting,
    totalCauses: result.totalCauses,
    causes: result.causes.slice(0, input.limit),
    implied: result.implied,
    cantMiss: result.cantMiss,
    alerts: result.alerts,
    emergencyPrompts: emergencyPrompts(snapshot.engine, result.causes, result.alerts, [...input.present, ...input.absent]),
    nextFindings: result.nextFindings,
    workup: timeWorkup(snapshot.engine, result.workup, result.alerts, result.cantMiss).map((entry) => {
      const note = input.present.includes(PREGNANCY_FINDING) ? snapshot.testById.get(entry.testId)?.pregnancy : undefined;
      return note ? { ...entry, pregnancy: note } : entry;
    }),
    treatmentCautions: treatmentCautions(snapshot, result.causes.slice(0, CAUTION_CAUSES).map((c) => c.id), input.present),
  };
}
