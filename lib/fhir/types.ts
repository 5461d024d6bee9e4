// Minimal FHIR R4 types for the resources NumbDx exports (no @types/fhir in the project). Only
// the elements we write are listed; names and cardinalities follow hl7.org/fhir/R4.

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** A reference: `reference` to a bundle entry (urn:uuid:…) or display text only. */
export interface Reference {
  reference?: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueString?: string;
  valueCode?: string;
}

export interface Annotation {
  text: string;
}

interface DomainResource {
  id?: string;
  extension?: Extension[];
}

export interface Observation extends DomainResource {
  resourceType: 'Observation';
  status: 'registered' | 'preliminary' | 'final' | 'amended';
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  valueBoolean?: boolean;
  valueQuantity?: { value: number; unit?: string; system?: string; code?: string };
  note?: Annotation[];
}

/** Only the gender: NumbDx exports no identity. */
export interface Patient extends DomainResource {
  resourceType: 'Patient';
  gender?: 'male' | 'female' | 'other' | 'unknown';
}

export interface Condition extends DomainResource {
  resourceType: 'Condition';
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  severity?: CodeableConcept;
  code?: CodeableConcept;
  subject: Reference;
  recordedDate?: string;
  note?: Annotation[];
}

export interface ServiceRequest extends DomainResource {
  resourceType: 'ServiceRequest';
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'proposal' | 'plan' | 'directive' | 'order' | 'original-order' | 'reflex-order' | 'filler-order' | 'instance-order' | 'option';
  priority?: 'routine' | 'urgent' | 'asap' | 'stat';
  code?: CodeableConcept;
  subject: Reference;
  authoredOn?: string;
  reasonReference?: Reference[];
  note?: Annotation[];
}

export interface ClinicalImpression extends DomainResource {
  resourceType: 'ClinicalImpression';
  status: 'in-progress' | 'completed' | 'entered-in-error';
  description?: string;
  subject: Reference;
  effectiveDateTime?: string;
  date?: string;
  problem?: Reference[];
  investigation?: { code: CodeableConcept; item?: Reference[] }[];
  summary?: string;
  finding?: { itemCodeableConcept?: CodeableConcept; itemReference?: Reference; basis?: string }[];
  note?: Annotation[];
}

export type BundleResource = ClinicalImpression | Condition | Observation | Patient | ServiceRequest;

export interface BundleEntry {
  fullUrl: string;
  resource: BundleResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  meta?: { lastUpdated?: string };
  type: 'collection';
  timestamp?: string;
  entry: BundleEntry[];
}
