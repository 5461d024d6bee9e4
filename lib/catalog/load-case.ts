// Server side of the workspace and the print view: read the case from the URL with the one codec,
// check it once with the API's own schema, compute its differential, and name the findings it
// holds. Never imported by client code.
import 'server-only';
import { once, readCaseParams, readLegParams, type SearchParamsLike } from '../case-url';
import { zDifferentialInput } from '../schemas/api';
import { differentialCase, WORKSPACE_CAUSE_LIMIT } from '../workspace/case-query';
import type { CaseState } from '../workspace/case-state';
import { LEG_FINDING_IDS, pruneLegMarks } from '../workspace/leg-marks';
import { differentialOn, type DifferentialResponse } from './differential';
import { getCatalogSnapshot } from './snapshot';
import type { CatalogSnapshot } from './snapshot-build';

/** A case read from a URL, ready to render. */
export interface LoadedCase {
  state: CaseState;
  result: DifferentialResponse;
  /** Labels of the entered findings, of those the leg picture can enter, and of `alsoLabel`. */
  labels: Record<string, string>;
  /** Why part of the link was left out, in one sentence, if it was. */
  notice?: string;
}

/** The case a link holds, checked once against the schema and the catalog: unknown ids dropped, repeats read once, with a notice. */
export function readLinkedCase(snapshot: CatalogSnapshot, searchParams: SearchParamsLike): { state: CaseState; notice?: string } {
  // The workspace asks for every cause whatever the link's limit says.
  const parsed = zDifferentialInput.safeParse({ ...readCaseParams(searchParams), limit: WORKSPACE_CAUSE_LIMIT });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const notice = `This link could not be read (${issue?.path.join('.') || 'case'}: ${issue?.message ?? 'invalid'}), so the case starts empty.`;
    return { state: { present: [], absent: [], legs: [] }, notice };
  }
  const { present, absent, age, sex, setting } = parsed.data;
  const known = (id: string) => snapshot.findingById.has(id);
  const unknown = once([...present, ...absent].filter((id) => !known(id)));
  // A link that repeats an id means it once; the API, stricter, answers such input with a 400.
  const state: CaseState = { present: once(present.filter(known)), absent: once(absent.filter(known)), legs: readLegParams(searchParams) };
  if (age !== undefined) state.age = age;
  if (sex !== undefined) state.sex = sex;
  if (setting !== undefined) state.setting = setting;
  const read = { state: pruneLegMarks(state) };
  return unknown.length > 0 ? { ...read, notice: `Not recognised, so dropped from the case: ${unknown.join(', ')}.` } : read;
}

/** Reads, checks and computes the case in `searchParams`; a bad link gives the empty case and a notice. */
export async function loadCase(searchParams: SearchParamsLike, alsoLabel: readonly string[] = []): Promise<LoadedCase> {
  const snapshot = await getCatalogSnapshot();
  const { state, notice } = readLinkedCase(snapshot, searchParams);
  // Checked above (known ids, each once), so this runs on the case as shown, not re-parsed.
  const result = differentialOn(snapshot, differentialCase(state, WORKSPACE_CAUSE_LIMIT));
  const labels: Record<string, string> = {};
  for (const id of [...state.present, ...state.absent, ...LEG_FINDING_IDS, ...alsoLabel]) {
    const finding = snapshot.findingById.get(id);
    if (finding) labels[id] = finding.label;
  }
  return notice ? { state, result, labels, notice } : { state, result, labels };
}
