'use client';
import { CaseLink } from './case-link';
import { lazy, memo, Suspense } from 'react';
import type { RankedCause } from '@/lib/catalog';
import { formatLikelihoodRatio, formatWeight } from '@/lib/format';
import { MISSING_TYPICAL_SHOWN, sameCauseDisplay } from '@/lib/workspace/differential-display';
import { ProbabilityBar } from './probability-bar';
import { CantMissBadge, UrgencyBadge } from './urgency-badge';
import { useOpenedOnce } from './use-opened-once';

// Drawn only when opened, so its code is fetched then, not with the page.
const WhyChart = lazy(() => import('./why-chart').then((m) => ({ default: m.WhyChart })));

type Contribution = RankedCause['supporting'][number];

function Contributions({ title, items, tone }: { title: string; items: readonly Contribution[]; tone: 'for' | 'against' }) {
  return (
    <div className={`dx-evidence dx-evidence-${tone}`}>
      <p className="dx-evidence-title">{title}</p>
      {items.length === 0 ? (
        <p className="muted">None entered.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.findingId}>
              <span>
                {item.label} <span className="muted">({item.unrecorded ? 'not recorded' : item.state})</span>
              </span>
              <span className="dx-weight">
                {formatWeight(item.weight)} · {formatLikelihoodRatio(item.weight)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Why, as a picture", drawn the first time it is opened: it repeats the numbers of the For and
 * Against lists, and drawing it for every cause of every page doubled the server's HTML.
 */
function WhyDisclosure({ cause }: { cause: RankedCause }) {
  const { ref, opened, onToggle } = useOpenedOnce();
  return (
    <details className="why-details" ref={ref} onToggle={onToggle}>
      <summary>Why, as a picture</summary>
      {opened ? (
        <Suspense fallback={<p className="muted small">Drawing…</p>}>
          <WhyChart cause={cause} />
        </Suspense>
      ) : null}
    </details>
  );
}

interface DifferentialEntryProps {
  cause: RankedCause;
  rank: number;
  cantMiss: boolean;
}

/**
 * One cause in the ranked differential; expands to the findings for and against it. Re-rendered
 * only when what it shows changes: every edit moves every posterior a little, most of them
 * invisibly at the precision printed.
 */
export const DifferentialEntry = memo(function DifferentialEntry({ cause, rank, cantMiss }: DifferentialEntryProps) {
  return (
    <li className="dx-entry">
      <details>
        <summary>
          <span className="dx-rank" aria-hidden="true">
            {rank}
          </span>
          <span className="dx-name">{cause.name}</span>
          <span className="dx-tags">
            <UrgencyBadge urgency={cause.urgency} />
            {cantMiss ? <CantMissBadge /> : null}
          </span>
          <ProbabilityBar value={cause.probability} />
        </summary>
        <div className="dx-details">
          <div className="dx-evidence-grid">
            <Contributions title="For" items={cause.supporting} tone="for" />
            <Contributions title="Against" items={cause.against} tone="against" />
          </div>
          <p className="muted small dx-legend">Numbers: weight = ln LR (likelihood ratio) · LR; above 1 supports this cause, below 1 argues against.</p>
          <WhyDisclosure cause={cause} />
          {cause.missingTypical.length > 0 ? (
            <p className="dx-missing">
              <span className="muted">Usually present, not yet asked: </span>
              {cause.missingTypical.slice(0, MISSING_TYPICAL_SHOWN).map((f) => f.label).join('; ')}
            </p>
          ) : null}
          <p className="dx-links">
            {cause.icd10.length > 0 ? <span className="muted">ICD-10-CM {cause.icd10.join(', ')} · </span> : null}
            <CaseLink href={`/causes/${cause.id}`}>About {cause.name}</CaseLink>
          </p>
        </div>
      </details>
    </li>
  );
}, sameEntry);

function sameEntry(a: DifferentialEntryProps, b: DifferentialEntryProps): boolean {
  return a.rank === b.rank && a.cantMiss === b.cantMiss && sameCauseDisplay(a.cause, b.cause);
}
