import { memo } from 'react';
import { CaseLink } from './case-link';
import type { EmergencyPrompt } from '@/lib/catalog';
import { formatProbability } from '@/lib/format';

/** "Emergency cause in the top three": no rule has fired, but the ranking says check now. */
export const EmergencyPromptBox = memo(function EmergencyPromptBox({ prompts }: { prompts: readonly EmergencyPrompt[] }) {
  if (prompts.length === 0) return null;
  return (
    <section className="emergency-prompt" aria-labelledby="emergency-prompt-heading">
      <h2 id="emergency-prompt-heading" className="emergency-prompt-title">
        Emergency cause in the top three
      </h2>
      <ul className="plain-list">
        {prompts.map((p) => (
          <li key={p.causeId}>
            <CaseLink href={`/causes/${p.causeId}`}>{p.name}</CaseLink> <span className="muted">#{p.rank}, {formatProbability(p.probability)}</span>
            {p.check.length > 0 ? <span className="emergency-prompt-check"> · check now: {p.check.map((c) => c.label).join('; ')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
