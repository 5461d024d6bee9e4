// Code systems as URIs (FHIR conventions) and the well-formedness rules of their codes.

export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const SNOMED = 'http://snomed.info/sct';
export const HPO = 'http://human-phenotype-ontology.org';
export const LOINC = 'http://loinc.org';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

export const CODE_SYSTEMS = [ICD10CM, SNOMED, HPO, LOINC, RXNORM] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

export interface Coding {
  system: CodeSystem;
  code: string;
  display: string;
}

/** Short names for display ("ICD-10-CM G61.0"). */
export const SYSTEM_LABEL: Record<CodeSystem, string> = {
  [ICD10CM]: 'ICD-10-CM',
  [SNOMED]: 'SNOMED CT',
  [HPO]: 'HPO',
  [LOINC]: 'LOINC',
  [RXNORM]: 'RxNorm',
};

const PATTERN: Record<CodeSystem, RegExp> = {
  // Letter (not U), two characters, then optionally a dot and 1-4 more: E11.42, M54.16, I82.401
  [ICD10CM]: /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/,
  [SNOMED]: /^[1-9][0-9]{5,17}$/,
  [HPO]: /^HP:[0-9]{7}$/,
  [LOINC]: /^[0-9]{1,7}-[0-9]$/,
  [RXNORM]: /^[1-9][0-9]{0,8}$/,
};

/** LOINC's Mod 10 check digit of the part before the hyphen. */
export function loincCheckDigit(body: string): number {
  const digits = body.split('').map(Number);
  // From the right, positions 1, 3, 5… are "odd"; they form one number that is doubled.
  const odd: number[] = [];
  const even: number[] = [];
  digits.reverse().forEach((d, i) => (i % 2 === 0 ? odd : even).push(d));
  const doubled = String(Number(odd.reverse().join('')) * 2);
  const sum = (even.reverse().join('') + doubled).split('').reduce((acc, ch) => acc + Number(ch), 0);
  return (10 - (sum % 10)) % 10;
}

/** Why a code is not well formed for its system, or null if it is. */
export function codeProblem(system: CodeSystem, code: string): string | null {
  if (!PATTERN[system].test(code)) return `"${code}" is not a well-formed ${SYSTEM_LABEL[system]} code`;
  if (system === LOINC) {
    const [body, check] = code.split('-');
    if (loincCheckDigit(body!) !== Number(check)) return `"${code}" fails the LOINC check digit`;
  }
  return null;
}
