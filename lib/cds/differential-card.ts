// The info card: the leading causes with their probabilities, the can't-miss causes, the workup
// (as suggestions to accept), what was read and what was not, and the link to the workspace.
import type { DifferentialResponse } from '../catalog/differential';
import { leadingCauses } from '../engine/workup';
import type { CaseFromFhir } from '../fhir/case-from-fhir';
import { causeUrl, workspaceLink } from './links';
import { mdLink, mdText, percent, summary } from './markdown';
import { recordSections } from './record-detail';
import { workupSuggestions } from './suggestions';
import type { CardContext, CdsCard } from './types';

/** Workup tests listed in the detail (the whole plan is one click away in the workspace). */
export const WORKUP_LINES = 10;

const DISCLAIMER = '_NumbDx ranks the causes in its catalog for the findings above. Decision support for a clinician, not a diagnosis._';

/** The info card for a record with at least one finding present. */
export function differentialCard(differential: DifferentialResponse, reading: CaseFromFhir, notes: readonly string[], context: CardContext): CdsCard {
  const leading = leadingCauses(differential.causes);
  const table = ['| Cause | Probability |', '| --- | --- |', ...leading.map((c) => `| ${mdLink(c.name, causeUrl(context.baseUrl, c.id))} | ${percent(c.probability)} |`)];
  const cantMiss = differential.cantMiss.map((c) => `${mdLink(c.name, causeUrl(context.baseUrl, c.id))} (${c.urgency}, ${percent(c.probability)})`);
  const workup = differential.workup.slice(0, WORKUP_LINES).map((t) => {
    const codes = t.codes.map((c) => c.code).join(', ');
    return `${t.priority}. ${mdText(t.name)}${codes ? ` (LOINC ${codes})` : ''}: for ${t.helpsWith.map((id) => mdText(context.causeName(id))).join(', ')}`;
  });
  const more = differential.workup.length - workup.length;
  const detail = [
    `**Leading causes**\n\n${table.join('\n')}`,
    ...(cantMiss.length ? [`**Can't miss:** ${cantMiss.join('; ')}`] : []),
    ...(workup.length ? [`**Workup, in order**\n${workup.join('\n')}${more > 0 ? `\n\n${more} further tests in NumbDx (open the case).` : ''}`] : []),
    ...recordSections(reading, notes, context),
    DISCLAIMER,
  ].join('\n\n');
  const emergencyCauseIds = new Set(differential.alerts.filter((a) => a.level === 'emergency').flatMap((a) => a.causeIds));
  const suggestions = workupSuggestions(differential.workup, emergencyCauseIds, context);
  return {
    uuid: context.newId(),
    summary: summary(`Lower-limb numbness, most likely: ${leading.slice(0, 3).map((c) => `${c.name} ${percent(c.probability)}`).join('; ')}`),
    detail,
    indicator: 'info',
    source: { label: 'NumbDx differential of lower-limb numbness', url: context.baseUrl },
    ...(suggestions.length ? { suggestions, selectionBehavior: 'any' as const } : {}),
    links: [workspaceLink(context.baseUrl, reading.case)],
  };
}

/** The info card when the record holds no finding NumbDx can use: says so and names what it saw. */
export function noFindingsCard(reading: CaseFromFhir, notes: readonly string[], context: CardContext): CdsCard {
  return {
    uuid: context.newId(),
    summary: 'NumbDx found no coded finding of lower-limb numbness in this record.',
    detail: [...recordSections(reading, notes, context), 'Enter the findings in NumbDx to rank the causes.', DISCLAIMER].join('\n\n'),
    indicator: 'info',
    source: { label: 'NumbDx differential of lower-limb numbness', url: context.baseUrl },
    links: [workspaceLink(context.baseUrl, reading.case)],
  };
}
