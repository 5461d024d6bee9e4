import { memo } from 'react';
import { CaseLink } from './case-link';
import type { CantMissCause } from '@/lib/catalog';
import { formatProbability } from '@/lib/format';
import { UrgencyBadge } from './urgency-badge';
import { CANT_MISS_MEANING } from './cant-miss-legend';

/** This case's can't-miss list: dangerous causes to exclude actively, whatever their rank (the one meaning of "Can't miss"). */
export const CantMissList = memo(function CantMissList({ causes }: { causes: readonly CantMissCause[] }) {
  return (
    <section aria-labelledby="cant-miss-heading" className="panel">
      <h2 id="cant-miss-heading">Can’t miss</h2>
      <p className="muted small">{CANT_MISS_MEANING}</p>
      {causes.length === 0 ? (
        <p className="muted">No dangerous cause is supported by what is entered so far.</p>
      ) : (
        <ul className="plain-list">
          {causes.map((cause) => (
            <li key={cause.id} className="cant-miss-entry">
              <CaseLink href={`/causes/${cause.id}`}>{cause.name}</CaseLink> <UrgencyBadge urgency={cause.urgency} />{' '}
              <span className="muted">{formatProbability(cause.probability)}</span>
              {cause.alertIds.length > 0 ? <span className="cant-miss-flag"> · named by a red flag</span> : null}
              {cause.alertIds.length === 0 && cause.openRuleIds.length > 0 ? (
                <span className="cant-miss-flag"> · red-flag presentation not yet excluded</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
