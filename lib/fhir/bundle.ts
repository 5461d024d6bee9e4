// The differential as a FHIR R4 Bundle (type collection), built purely from the case, the
// engine's answer and catalog codes. Representation:
// - one Observation per entered finding, valueBoolean true (present) or false (absent), coded
//   with the finding's codes (HPO where the catalog has one);
// - a ClinicalImpression: `finding` lists the present findings, `investigation` groups the
//   Observations into "present" and "absent" (pertinent negatives), `problem` points to the
//   Conditions, alerts and negatives are repeated in `note` for human readers;
// - one Condition per leading or can't-miss cause, verificationStatus `differential`, ICD-10-CM
//   coded, with the posterior probability in an extension and in a note;
// - one ServiceRequest (draft proposal) per workup test, reasonReference to its Conditions;
// - the sex as a Patient with only a gender, the age as a LOINC "Age" Observation (NumbDx knows
//   no birth date or identity), so that importing the bundle gives the same case back.
import { leadingCauses, type WorkupEntry } from '../engine/workup';
import { ICD10CM, type Coding as CatalogCoding } from '../terminology';
import type { FindingKind, Sex } from '../engine/types';
import type { DifferentialResponse } from '../catalog/differential';
import { ANONYMOUS_SUBJECT, DIFFERENTIAL_VERIFICATION, ENCOUNTER_DIAGNOSIS, NUMBDX_FINDING_SYSTEM, PROBABILITY_EXTENSION, observationCategory } from './codes';
import { addPatientFacts } from './patient-facts';
import type { Bundle, BundleEntry, ClinicalImpression, Condition, Observation, Reference, ServiceRequest } from './types';

/** Everything the bundle is built from. */
export interface DifferentialBundleInput {
  entered: { present: readonly string[]; absent: readonly string[]; age?: number; sex?: Sex };
  // The engine's plan or the API's (which adds urgency groups): the bundle reads only the plan.
  differential: Pick<DifferentialResponse, 'catalogVersion' | 'causes' | 'cantMiss' | 'alerts'> & { workup: readonly WorkupEntry[] };
  findingOf: (id: string) => { label: string; kind: FindingKind; codes: readonly CatalogCoding[] };
  causeCodesOf: (id: string) => readonly CatalogCoding[];
  now: Date;
  /** A new UUID (crypto.randomUUID in the app; deterministic in tests). */
  newId: () => string;
}

// resourceType, then id, then the rest: the order FHIR examples use, for readers of the file.
function withId<R extends BundleEntry['resource']>(resource: R, id: string): R {
  const { resourceType, ...rest } = resource;
  return { resourceType, id, ...rest } as R;
}

const percent = (p: number) => `${(p * 100).toFixed(p < 0.01 ? 2 : 1)} %`;

/** A FHIR R4 collection Bundle of the case and its differential. */
export function buildDifferentialBundle(input: DifferentialBundleInput): Bundle {
  const { entered, differential, now } = input;
  const at = now.toISOString();
  const entries: BundleEntry[] = [];
  const add = (resource: BundleEntry['resource']): Reference => {
    const id = input.newId();
    entries.push({ fullUrl: `urn:uuid:${id}`, resource: withId(resource, id) });
    return { reference: `urn:uuid:${id}` };
  };

  const observe = (id: string, present: boolean) => {
    const finding = input.findingOf(id);
    // NumbDx's own finding code last: an importer can read the exact finding back, since
    // several findings share one HPO term.
    const coding = [...finding.codes.map((c) => ({ ...c })), { system: NUMBDX_FINDING_SYSTEM, code: id, display: finding.label }];
    const code = { coding, text: finding.label };
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'final',
      ...(observationCategory(finding.kind) ? { category: observationCategory(finding.kind) } : {}),
      code,
      subject: ANONYMOUS_SUBJECT,
      effectiveDateTime: at,
      valueBoolean: present,
    };
    return { id, label: finding.label, code, reference: { ...add(observation), display: finding.label } };
  };
  const presentObs = entered.present.map((id) => observe(id, true));
  const absentObs = entered.absent.map((id) => observe(id, false));

  const conditionRefs = new Map<string, Reference>();
  const leading = leadingCauses(differential.causes);
  const cantMissIds = new Set(differential.cantMiss.map((c) => c.id));
  const listed = [...leading, ...differential.causes.filter((c) => cantMissIds.has(c.id) && !leading.includes(c))];
  for (const cause of listed) {
    const icd = input.causeCodesOf(cause.id).filter((c) => c.system === ICD10CM);
    const condition: Condition = {
      resourceType: 'Condition',
      extension: [{ url: PROBABILITY_EXTENSION, valueDecimal: Number(cause.probability.toFixed(6)) }],
      verificationStatus: DIFFERENTIAL_VERIFICATION,
      category: [ENCOUNTER_DIAGNOSIS],
      code: { ...(icd.length ? { coding: icd.map((c) => ({ ...c })) } : {}), text: cause.name },
      subject: ANONYMOUS_SUBJECT,
      recordedDate: at,
      note: [
        {
          text:
            `NumbDx posterior probability ${percent(cause.probability)} among the catalog's causes (catalog ${differential.catalogVersion})` +
            (cantMissIds.has(cause.id) ? "; listed as can't-miss." : '.'),
        },
      ],
    };
    conditionRefs.set(cause.id, { ...add(condition), display: cause.name });
  }

  const emergencyCauses = new Set(differential.alerts.filter((a) => a.level === 'emergency').flatMap((a) => a.causeIds));
  for (const test of differential.workup) {
    const reasons = test.helpsWith.flatMap((id) => conditionRefs.get(id) ?? []);
    const request: ServiceRequest = {
      resourceType: 'ServiceRequest',
      status: 'draft',
      intent: 'proposal',
      priority: !test.forAlert ? 'routine' : test.helpsWith.some((id) => emergencyCauses.has(id)) ? 'stat' : 'urgent',
      code: { ...(test.codes.length ? { coding: test.codes.map((c) => ({ ...c })) } : {}), text: test.name },
      subject: ANONYMOUS_SUBJECT,
      authoredOn: at,
      ...(reasons.length ? { reasonReference: reasons } : {}),
      note: [{ text: `NumbDx workup rank ${test.priority}${test.forAlert ? ', for a red-flag alert' : ''}.` }],
    };
    add(request);
  }

  const patient = [entered.age !== undefined ? `${entered.age} years` : null, entered.sex ?? null].filter(Boolean).join(', ');
  const investigation = [
    { code: { text: 'Findings recorded as present' }, item: presentObs.map((o) => o.reference) },
    { code: { text: 'Pertinent negatives: findings recorded as absent' }, item: absentObs.map((o) => o.reference) },
  ].filter((group) => group.item.length > 0);
  const notes = [
    ...differential.alerts.map((a) => `Red flag (${a.level}): ${a.message} Action: ${a.action}`),
    ...(absentObs.length ? [`Pertinent negatives (absent): ${absentObs.map((o) => o.label).join('; ')}.`] : []),
    'Decision support for a clinician, not a diagnosis.',
  ];
  const impression: ClinicalImpression = {
    resourceType: 'ClinicalImpression',
    status: 'in-progress',
    description: `NumbDx differential diagnosis of lower-limb numbness${patient ? ` (patient: ${patient})` : ''}.`,
    subject: ANONYMOUS_SUBJECT,
    effectiveDateTime: at,
    date: at,
    ...(conditionRefs.size ? { problem: [...conditionRefs.values()] } : {}),
    ...(investigation.length ? { investigation } : {}),
    summary: listed.length ? `Leading causes: ${listed.map((c) => `${c.name} ${percent(c.probability)}`).join('; ')}.` : 'No causes ranked.',
    ...(presentObs.length ? { finding: presentObs.map((o) => ({ itemCodeableConcept: o.code, itemReference: o.reference })) } : {}),
    note: notes.map((text) => ({ text })),
  };
  addPatientFacts(entered, at, add);
  const impressionId = input.newId();
  entries.unshift({ fullUrl: `urn:uuid:${impressionId}`, resource: withId(impression, impressionId) });

  return { resourceType: 'Bundle', id: input.newId(), type: 'collection', timestamp: at, entry: entries };
}
