// A runtime description of the FHIR R4 structure of the resources NumbDx exports, from the
// specification (hl7.org/fhir/R4): required elements, cardinalities, the required value sets of
// status/intent/type codes, primitive formats, and "no empty arrays or strings". Strict objects,
// so a misspelt element is an error too.
import { z } from 'zod';

const nonEmpty = z.string().regex(/\S/, 'FHIR strings must not be empty');
export const zId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
export const zUrnUuid = z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const zUri = z.string().regex(/^\S+$/);
const zAbsoluteUri = z.string().regex(/^(https?:\/\/|urn:)\S+$/);
const zCode = z.string().regex(/^[^\s]+( [^\s]+)*$/);
const zDateTime = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/);
const zInstant = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'FHIR arrays must not be empty');

export const zCoding = z.object({ system: zUri.optional(), version: nonEmpty.optional(), code: zCode.optional(), display: nonEmpty.optional() }).strict();
export const zCodeableConcept = z
  .object({ coding: list(zCoding).optional(), text: nonEmpty.optional() })
  .strict()
  .refine((c) => c.coding || c.text, 'ele-1: an element must have a value or children');
// Internal references in a collection bundle point at fullUrls (urn:uuid:…) or are display-only.
export const zReference = z
  .object({ reference: z.union([zUrnUuid, z.string().regex(/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/)]).optional(), display: nonEmpty.optional() })
  .strict()
  .refine((r) => r.reference || r.display, 'ele-1: an element must have a value or children');
const zExtension = z
  .object({ url: zAbsoluteUri, valueDecimal: z.number().optional(), valueString: nonEmpty.optional(), valueCode: zCode.optional() })
  .strict()
  .refine((e) => [e.valueDecimal, e.valueString, e.valueCode].filter((v) => v !== undefined).length === 1, 'ext-1: exactly one value[x]');
const zAnnotation = z.object({ text: nonEmpty }).strict();
const resource = { id: zId.optional(), extension: list(zExtension).optional() };

export const zObservation = z
  .object({
    ...resource,
    resourceType: z.literal('Observation'),
    status: z.enum(['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown']),
    category: list(zCodeableConcept).optional(),
    code: zCodeableConcept,
    subject: zReference.optional(),
    effectiveDateTime: zDateTime.optional(),
    valueBoolean: z.boolean().optional(),
    valueQuantity: z
      .object({ value: z.number(), unit: nonEmpty.optional(), system: zUri.optional(), code: zCode.optional() })
      .strict()
      .refine((q) => !q.code || q.system, 'qty-3: if a code for the unit is present, the system SHALL also be present')
      .optional(),
    note: list(zAnnotation).optional(),
  })
  .strict()
  .refine((o) => o.valueBoolean === undefined || o.valueQuantity === undefined, 'value[x]: at most one value');

export const zPatient = z
  .object({ ...resource, resourceType: z.literal('Patient'), gender: z.enum(['male', 'female', 'other', 'unknown']).optional() })
  .strict();

const CONDITION_VER_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const zCondition = z
  .object({
    ...resource,
    resourceType: z.literal('Condition'),
    clinicalStatus: zCodeableConcept.optional(),
    verificationStatus: zCodeableConcept
      .refine((c) => c.coding?.every((x) => x.system === CONDITION_VER_STATUS && ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'].includes(x.code ?? '')), 'verificationStatus is bound (required) to condition-ver-status')
      .optional(),
    category: list(zCodeableConcept).optional(),
    severity: zCodeableConcept.optional(),
    code: zCodeableConcept.optional(),
    subject: zReference,
    recordedDate: zDateTime.optional(),
    note: list(zAnnotation).optional(),
  })
  .strict();

export const zServiceRequest = z
  .object({
    ...resource,
    resourceType: z.literal('ServiceRequest'),
    status: z.enum(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
    intent: z.enum(['proposal', 'plan', 'directive', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option']),
    priority: z.enum(['routine', 'urgent', 'asap', 'stat']).optional(),
    code: zCodeableConcept.optional(),
    subject: zReference,
    authoredOn: zDateTime.optional(),
    reasonReference: list(zReference).optional(),
    note: list(zAnnotation).optional(),
  })
  .strict();

export const zClinicalImpression = z
  .object({
    ...resource,
    resourceType: z.literal('ClinicalImpression'),
    status: z.enum(['in-progress', 'completed', 'entered-in-error']),
    description: nonEmpty.optional(),
    subject: zReference,
    effectiveDateTime: zDateTime.optional(),
    date: zDateTime.optional(),
    problem: list(zReference).optional(),
    investigation: list(z.object({ code: zCodeableConcept, item: list(zReference).optional() }).strict()).optional(),
    summary: nonEmpty.optional(),
    finding: list(
      z
        .object({ itemCodeableConcept: zCodeableConcept.optional(), itemReference: zReference.optional(), basis: nonEmpty.optional() })
        .strict()
        .refine((f) => f.itemCodeableConcept || f.itemReference, 'a finding needs an item'),
    ).optional(),
    note: list(zAnnotation).optional(),
  })
  .strict();

export const zBundle = z
  .object({
    resourceType: z.literal('Bundle'),
    id: zId.optional(),
    type: z.enum(['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection']),
    timestamp: zInstant.optional(),
    entry: list(
      z.object({ fullUrl: zAbsoluteUri, resource: z.discriminatedUnion('resourceType', [zClinicalImpression, zCondition, zObservation, zPatient, zServiceRequest]) }).strict(),
    ).optional(),
  })
  .strict()
  .refine((b) => new Set(b.entry?.map((e) => e.fullUrl)).size === (b.entry?.length ?? 0), 'bdl-7: fullUrl must be unique in a bundle');
