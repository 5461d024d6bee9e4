// Server side of the workspace and the print view: read the case from the URL with the API's own
// schema, compute its differential, and name the findings it holds. Never imported by client code.
import { getCatalogSnapshot, getDifferential, type DifferentialResponse } from '@/lib/catalog';
import { parseDifferentialSearchParams } from '@/lib/schemas/api';
import { legMarksFrom, WORKSPACE_CAUSE_LIMIT } from './case-query';
import type { CaseState } from './case-state';
import { LEG_FINDING_IDS, pruneLegMarks } from './leg-marks';

type SearchParams = Record<string, string | string[] | undefined>;

/** A case read from a URL, ready to render. */
export interface LoadedCase {
  state: CaseState;
  result: DifferentialResponse;
  /** Labels of the entered findings, of those the leg picture can enter, and of `alsoLabel`. */
  labels: Record<string, string>;
  /** Why part of the link was left out, in one sentence, if it was. */
  notice?: string;
}

/** Reads, checks and computes the case in `searchParams`; a bad link gives the empty case and a notice. */
export async function loadCase(searchParams: SearchParams, alsoLabel: readonly string[] = []): Promise<LoadedCase> {
  const snapshot = await getCatalogSnapshot();
  const parsed = parseDifferentialSearchParams(searchParams);
  let state: CaseState = { present: [], absent: [], legs: [] };
  let notice: string | undefined;
  if (parsed.success) {
    const { present, absent, age, sex, setting } = parsed.data;
    const known = (id: string) => snapshot.findingById.has(id);
    const unknown = [...present, ...absent].filter((id) => !known(id));
    if (unknown.length > 0) notice = `Not recognised, so dropped from the case: ${unknown.join(', ')}.`;
    // A link that repeats an id means it once; the API, stricter, answers such input with a 400.
    const once = (ids: string[]) => [...new Set(ids.filter(known))];
    state = { present: once(present), absent: once(absent), legs: legMarksFrom(searchParams) };
    if (age !== undefined) state.age = age;
    if (sex !== undefined) state.sex = sex;
    if (setting !== undefined) state.setting = setting;
    state = pruneLegMarks(state);
  } else {
    const issue = parsed.error.issues[0];
    notice = `This link could not be read (${issue?.path.join('.') || 'case'}: ${issue?.message ?? 'invalid'}), so the case starts empty.`;
  }
  const { present, absent, age, sex, setting } = state;
  const result = await getDifferential({ present, absent, age, sex, setting, limit: WORKSPACE_CAUSE_LIMIT });
  const labels: Record<string, string> = {};
  for (const id of [...state.present, ...state.absent, ...LEG_FINDING_IDS, ...alsoLabel]) {
    const finding = snapshot.findingById.get(id);
    if (finding) labels[id] = finding.label;
  }
  return notice ? { state, result, labels, notice } : { state, result, labels };
}
