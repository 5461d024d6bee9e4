// The part of a card that says what NumbDx read from the record and what it could not use:
// every code that was not mapped is named (grouped, with how often it occurred).
import type { CaseFromFhir } from '../fhir/case-from-fhir';
import { mdText } from './markdown';
import type { CardContext } from './types';

/** "Findings read from the record" as Markdown list lines. */
function readLines(reading: CaseFromFhir, context: CardContext): string[] {
  const { present, absent, age, sex } = reading.case;
  const lines = [...present.map((id) => [id, 'present'] as const), ...absent.map((id) => [id, 'absent'] as const)].map(([id, state]) => {
    const sources = [...new Set(reading.evidence.filter((e) => e.findingId === id && e.state === state).map((e) => e.source))];
    return `- ${mdText(context.findingLabel(id))}: **${state}** (${sources.map(mdText).join('; ')})`;
  });
  const demographics = [age !== undefined ? `age ${age}` : 'age unknown', sex ?? 'sex unknown'].join(', ');
  return [`- Patient: ${demographics}`, ...lines];
}

/** "Not used" lines: one per distinct code and reason, with a count when repeated. */
function unmappedLines(reading: CaseFromFhir): string[] {
  const counts = new Map<string, number>();
  for (const u of reading.unmapped) {
    const line = `- ${mdText(u.resourceType)} ${u.codes.map(mdText).join(', ')}: ${mdText(u.reason)}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}

/** Markdown sections: findings read, codes not used, and notes on data that was not available. */
export function recordSections(reading: CaseFromFhir, notes: readonly string[], context: CardContext): string[] {
  const sections = [`**Read from the record**\n${readLines(reading, context).join('\n')}`];
  const unmapped = unmappedLines(reading);
  if (unmapped.length > 0) sections.push(`**Not used** (no NumbDx finding for these, or not a usable result)\n${unmapped.join('\n')}`);
  if (notes.length > 0) sections.push(`**Data not available**\n${notes.map((n) => `- ${mdText(n)}`).join('\n')}`);
  return sections;
}
