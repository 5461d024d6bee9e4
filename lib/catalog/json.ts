// Readers for the catalog's Json columns. The seed validated every value with the zod schemas in
// lib/schemas/catalog.ts, so these only narrow the type; a malformed value reads as empty
// rather than failing every page.
import { CODE_SYSTEMS, ICD10CM, type Coding } from '../terminology';

/** A Json column holding string[]. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A Json column holding Coding[]. */
export function codingList(value: unknown): Coding[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Coding =>
      typeof item === 'object' &&
      item !== null &&
      (CODE_SYSTEMS as readonly unknown[]).includes((item as Coding).system) &&
      typeof (item as Coding).code === 'string' &&
      typeof (item as Coding).display === 'string',
  );
}

/** ICD-10-CM codes of a coding list, in catalog order. */
export function icd10Codes(codes: readonly Coding[]): string[] {
  return codes.filter((c) => c.system === ICD10CM).map((c) => c.code);
}

/** A Json column holding { result, interpretation }[]. */
export function thresholdList(value: unknown): { result: string; interpretation: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is { result: string; interpretation: string } =>
      typeof item === 'object' && item !== null && typeof item.result === 'string' && typeof item.interpretation === 'string',
  );
}

/** A Json column holding { min, max, peak? } (typical age in years). */
export function ageRange(value: unknown): { min: number; max: number; peak?: string } {
  const v = (typeof value === 'object' && value !== null ? value : {}) as { min?: unknown; max?: unknown; peak?: unknown };
  return {
    min: typeof v.min === 'number' ? v.min : 0,
    max: typeof v.max === 'number' ? v.max : 120,
    ...(typeof v.peak === 'string' ? { peak: v.peak } : {}),
  };
}
