// The FHIR R4 resources NumbDx reads (Patient, Observation, Condition, in Bundles or alone), as
// zod schemas. Lenient on purpose: an EHR sends many elements NumbDx does not use, so unknown
// elements pass through untouched; only the elements read here are checked for their type.
import { z } from 'zod';

export const zInCoding = z.looseObject({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() });
export const zInCodeableConcept = z.looseObject({ coding: z.array(zInCoding).optional(), text: z.string().optional() });
const zQuantity = z.looseObject({
  value: z.number().optional(),
  comparator: z.enum(['<', '<=', '>=', '>', 'ad']).optional(),
  unit: z.string().optional(),
  system: z.string().optional(),
  code: z.string().optional(),
});

export const zInPatient = z.looseObject({
  resourceType: z.literal('Patient'),
  id: z.string().optional(),
  // FHIR date: YYYY, YYYY-MM or YYYY-MM-DD.
  birthDate: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a FHIR date').optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
});

export const zInObservation = z.looseObject({
  resourceType: z.literal('Observation'),
  id: z.string().optional(),
  status: z.string(),
  code: zInCodeableConcept,
  valueBoolean: z.boolean().optional(),
  valueQuantity: zQuantity.optional(),
  valueCodeableConcept: zInCodeableConcept.optional(),
  valueString: z.string().optional(),
  interpretation: z.array(zInCodeableConcept).optional(),
  effectiveDateTime: z.string().optional(),
});

export const zInCondition = z.looseObject({
  resourceType: z.literal('Condition'),
  id: z.string().optional(),
  code: zInCodeableConcept.optional(),
  clinicalStatus: zInCodeableConcept.optional(),
  verificationStatus: zInCodeableConcept.optional(),
});

export const zInOperationOutcome = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.looseObject({})).optional() });

/** Any other resource: kept only to be counted as ignored. */
const zOtherResource = z.looseObject({ resourceType: z.string().regex(/^[A-Z][A-Za-z]+$/, 'must be a FHIR resource type') });

const READ_TYPES = ['Patient', 'Observation', 'Condition', 'OperationOutcome'];

/** A resource NumbDx reads is checked against its schema; any other type only needs a resourceType. */
export const zInResource = z.union([
  zInPatient,
  zInObservation,
  zInCondition,
  zInOperationOutcome,
  zOtherResource.refine((r) => !READ_TYPES.includes(r.resourceType), { message: 'is not a valid resource of its type' }),
]);

export const zInBundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.string(),
  entry: z.array(z.looseObject({ resource: zInResource.optional() })).optional(),
  link: z.array(z.looseObject({ relation: z.string(), url: z.string() })).optional(),
});

export type InPatient = z.infer<typeof zInPatient>;
export type InObservation = z.infer<typeof zInObservation>;
export type InCondition = z.infer<typeof zInCondition>;
export type InCodeableConcept = z.infer<typeof zInCodeableConcept>;
export type InResource = z.infer<typeof zInResource>;
export type InBundle = z.infer<typeof zInBundle>;

/** The resources of a bundle's entries, in order (entries without a resource skipped). */
export function bundleResources(bundle: InBundle): InResource[] {
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}
