// Published cases for evaluating the model (tests/fixtures/cases): their schema, how they become
// engine input, and the fixed development / held-out split.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ATTRIBUTE_ENTRY_POINTS } from '../engine/attributes';
import type { CaseInput } from '../engine/types';
import { CAUSE_ATTRIBUTES, CARE_SETTINGS, zSlug } from '../schemas/catalog';

const zAttributeChoice = z
  .object({
    onset: z.enum(CAUSE_ATTRIBUTES.onset).optional(),
    course: z.enum(CAUSE_ATTRIBUTES.course).optional(),
    side: z.enum(CAUSE_ATTRIBUTES.side).optional(),
    distribution: z.enum(CAUSE_ATTRIBUTES.distribution).optional(),
    motorSigns: z.enum(CAUSE_ATTRIBUTES.motorSigns).optional(),
  })
  .strict();

export const zPublishedCase = z
  .object({
    id: zSlug,
    source: z.object({ citation: z.string().min(10), url: z.url() }).strict(),
    setting: z.enum(CARE_SETTINGS),
    age: z.number().int().min(0).max(120).optional(),
    sex: z.enum(['female', 'male']).optional(),
    present: z.array(zSlug).min(1),
    absent: z.array(zSlug).optional(),
    attributes: zAttributeChoice.optional(),
    diagnosis: zSlug,
  })
  .strict();
export type PublishedCase = z.infer<typeof zPublishedCase>;

/** Which part of the set a case belongs to. */
export type CasePart = 'development' | 'held-out';

/**
 * The split, fixed before any tuning: a case is held out when the first byte of SHA-256(id) is
 * below 86 (about a third). Depends on nothing but the id, so adding cases never moves others.
 */
export function casePart(id: string): CasePart {
  return createHash('sha256').update(id).digest()[0]! < 86 ? 'held-out' : 'development';
}

/** Reads and validates every case file in a folder; throws naming the file and case on bad data. */
export function loadPublishedCases(dir: string): PublishedCase[] {
  const cases: PublishedCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const raw: unknown[] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    raw.forEach((entry, i) => {
      const parsed = zPublishedCase.safeParse(entry);
      if (!parsed.success) throw new Error(`${file} case ${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      cases.push(parsed.data);
    });
  }
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    seen.add(c.id);
  }
  return cases;
}

/** The entry-point finding for each attribute value (the first listed, e.g. episodic-symptoms for intermittent). */
const ENTRY_POINT_BY_VALUE = new Map<string, string>();
for (const [findingId, { variable, value }] of Object.entries(ATTRIBUTE_ENTRY_POINTS)) {
  if (!ENTRY_POINT_BY_VALUE.has(`${variable}:${value}`)) ENTRY_POINT_BY_VALUE.set(`${variable}:${value}`, findingId);
}

/** Kinds that are results of tests rather than of the history and examination. */
export const WORKUP_KINDS = new Set(['lab', 'imaging', 'neurophysiology']);

/**
 * The engine input for a case: its findings plus one entry-point finding per attribute given.
 * `kindOf` with `presentationOnly` drops test results (the case as first seen, before the workup).
 */
export function caseInput(c: PublishedCase, kindOf?: (findingId: string) => string | undefined, presentationOnly = false): CaseInput {
  const keep = (id: string) => !presentationOnly || !WORKUP_KINDS.has(kindOf?.(id) ?? '');
  const attributeFindings = Object.entries(c.attributes ?? {}).map(([variable, value]) => ENTRY_POINT_BY_VALUE.get(`${variable}:${value}`)!);
  const present = [...new Set([...c.present.filter(keep), ...attributeFindings])];
  const absent = (c.absent ?? []).filter(keep).filter((id) => !present.includes(id));
  return {
    present,
    absent,
    setting: c.setting,
    ...(c.age !== undefined ? { age: c.age } : {}),
    ...(c.sex ? { sex: c.sex } : {}),
  };
}
