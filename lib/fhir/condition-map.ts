// Conditions on the problem list that stand for a history finding (diabetes, dialysis, HIV …):
// a reviewed table in data/condition-findings.json, validated here. A row matches one ICD-10-CM
// code, every code under a prefix, or every three-character category in a range; SNOMED CT rows
// match one code (only concepts the catalog itself carries).
import { z } from 'zod';
import { ICD10CM, SNOMED } from '../terminology';
import rows from './data/condition-findings.json';

const SYSTEM_URI = { 'icd-10-cm': ICD10CM, snomed: SNOMED } as const;

const zRow = z
  .object({
    finding: z.string().min(1),
    system: z.enum(['icd-10-cm', 'snomed']),
    code: z.string().optional(),
    prefix: z.string().optional(),
    from: z.string().length(3).optional(),
    to: z.string().length(3).optional(),
    except: z.array(z.string()).optional(),
    display: z.string().min(1),
    /** What a resolved or inactive Condition means: still history ("present") or nothing ("ignore"). */
    whenResolved: z.enum(['present', 'ignore']),
  })
  .strict()
  .refine((r) => [r.code, r.prefix, r.from].filter(Boolean).length === 1 && Boolean(r.from) === Boolean(r.to), 'exactly one of code, prefix or from/to');

export type ConditionRow = z.infer<typeof zRow>;

/** The table, validated once when first imported. */
export const CONDITION_ROWS: readonly ConditionRow[] = z.array(zRow).parse(rows);

/** The system URI of a row. */
export const rowSystem = (row: ConditionRow): string => SYSTEM_URI[row.system];

function rowMatches(row: ConditionRow, system: string, code: string): boolean {
  if (SYSTEM_URI[row.system] !== system) return false;
  const upper = code.trim().toUpperCase();
  if (row.except?.some((e) => upper.startsWith(e))) return false;
  if (row.code) return upper === row.code;
  if (row.prefix) return upper.startsWith(row.prefix);
  const category = upper.slice(0, 3);
  return category >= row.from! && category <= row.to!;
}

/** The table rows a coding matches (none for a system or code the table does not hold). */
export function conditionRowsFor(system: string | undefined, code: string | undefined): ConditionRow[] {
  if (!system || !code) return [];
  return CONDITION_ROWS.filter((row) => rowMatches(row, system, code));
}
