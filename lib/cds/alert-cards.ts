// One card per fired red flag: critical for an emergency, warning for an urgent one. The action
// is in the detail; the source is the page of the cause the flag is about.
import type { RedFlagAlert } from '../engine/red-flags';
import type { FindingEvidence } from '../fhir/case-from-fhir';
import { causeUrl, RED_FLAG_OVERRIDE_REASONS, workspaceLink } from './links';
import { mdLink, mdText, summary } from './markdown';
import type { CardContext, CdsCard } from './types';
import type { CaseFromFhir } from '../fhir/case-from-fhir';

function triggerLines(alert: RedFlagAlert, evidence: readonly FindingEvidence[], context: CardContext): string[] {
  return alert.findingIds.map((id) => {
    const sources = [...new Set(evidence.filter((e) => e.findingId === id && e.state === 'present').map((e) => e.source))];
    return `- ${mdText(context.findingLabel(id))}${sources.length ? ` (from ${sources.map(mdText).join('; ')})` : ''}`;
  });
}

/** The card for one fired alert. */
export function alertCard(alert: RedFlagAlert, reading: CaseFromFhir, context: CardContext): CdsCard {
  const emergency = alert.level === 'emergency';
  const firstCause = alert.causeIds[0];
  const detail = [
    `**${mdText(alert.message)}**`,
    `**Action:** ${mdText(alert.action)}`,
    `Red flag raised by:\n${triggerLines(alert, reading.evidence, context).join('\n')}`,
    `Causes to consider: ${alert.causeIds.map((id) => mdLink(context.causeName(id), causeUrl(context.baseUrl, id))).join(', ')}`,
    '_NumbDx red flags fire on the recorded findings whatever the ranking says. Decision support for a clinician, not a diagnosis._',
  ].join('\n\n');
  return {
    uuid: context.newId(),
    summary: summary(`${emergency ? 'Emergency' : 'Urgent'} red flag: ${alert.name}. ${alert.action}`),
    detail,
    indicator: emergency ? 'critical' : 'warning',
    source: firstCause
      ? { label: `NumbDx: ${context.causeName(firstCause)}`, url: causeUrl(context.baseUrl, firstCause) }
      : { label: 'NumbDx red-flag rules', url: context.baseUrl },
    overrideReasons: RED_FLAG_OVERRIDE_REASONS,
    links: [workspaceLink(context.baseUrl, reading.case)],
  };
}
