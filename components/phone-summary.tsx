import { memo } from 'react';
import type { RankedCause } from '@/lib/catalog';
import { formatProbability } from '@/lib/format';

/**
 * On a phone, the top three causes stay in a sheet at the bottom of the screen (the red-flag
 * banner is pinned at the top), so every edit shows its effect without scrolling away.
 * Hidden on wider screens, where the differential sits beside the case.
 */
export const PhoneSummary = memo(function PhoneSummary({ causes }: { causes: readonly RankedCause[] }) {
  if (causes.length === 0) return null;
  return (
    <aside className="phone-summary" aria-label="Top three causes">
      <ol>
        {causes.slice(0, 3).map((cause) => (
          <li key={cause.id}>
            <span className="phone-summary-name">{cause.name}</span> <strong>{formatProbability(cause.probability)}</strong>
          </li>
        ))}
      </ol>
      <a href="#results" className="phone-summary-link">
        Full differential
      </a>
    </aside>
  );
});
