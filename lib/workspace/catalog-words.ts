// The catalog's enum values in the clinic's words, for headings, filters and badges.

/** Cause categories, in the order the filter lists them. */
export const CATEGORY_LABEL: Record<string, string> = {
  radicular_compressive: 'Nerve root compression',
  peripheral_entrapment: 'Peripheral nerve entrapment',
  spinal_cord: 'Spinal cord',
  vascular: 'Vascular',
  metabolic_nutritional: 'Metabolic and nutritional',
  toxic: 'Toxic and drug-induced',
  autoimmune_inflammatory: 'Autoimmune and inflammatory',
  infectious: 'Infectious',
  central: 'Brain and central',
  hereditary: 'Hereditary',
  idiopathic: 'Idiopathic',
};

export const FINDING_KIND_LABEL: Record<string, string> = {
  symptom: 'Symptoms',
  history: 'History',
  sign: 'Examination signs',
  lab: 'Laboratory results',
  imaging: 'Imaging results',
  neurophysiology: 'Neurophysiology results',
};

export const TEST_KIND_LABEL: Record<string, string> = {
  bedside: 'Bedside',
  lab: 'Laboratory',
  imaging: 'Imaging',
  neurophysiology: 'Neurophysiology',
};

export const TREATMENT_KIND_LABEL: Record<string, string> = {
  lifestyle: 'Lifestyle',
  medication: 'Medication',
  supplement: 'Supplement',
  physical_therapy: 'Physical therapy',
  occupational_therapy: 'Occupational therapy',
  procedure: 'Procedure',
  supportive: 'Supportive care',
  alternative: 'Complementary',
};

export const TREATMENT_LINE_LABEL: Record<string, string> = {
  emergency: 'Emergency treatment',
  first: 'First line',
  second: 'Second line',
  third: 'Third line',
  adjunct: 'Adjunct',
};

export const TEST_ROLE_LABEL: Record<string, string> = {
  first_line: 'First line',
  confirmatory: 'Confirmatory',
  if_indicated: 'If indicated',
};

export const PREVALENCE_LABEL: Record<string, string> = {
  very_common: 'Very common',
  common: 'Common',
  uncommon: 'Uncommon',
  rare: 'Rare',
  very_rare: 'Very rare',
};

export const SEX_LABEL: Record<string, string> = {
  any: 'Either sex',
  female: 'Female',
  male: 'Male',
  female_predominant: 'Mostly female',
  male_predominant: 'Mostly male',
};

/** An enum value read as words when no label is known: "first_line" → "first line". */
export function wordsOf(value: string, labels: Record<string, string>): string {
  return labels[value] ?? value.replace(/_/g, ' ');
}
