import type { RankedCause } from '@/lib/catalog';
import { formatLikelihoodRatio, formatProbability, formatWeight } from '@/lib/format';

type Contribution = RankedCause['supporting'][number];

/** Bars are drawn to this |ln LR| at most (LR 20 or 1/20); a longer one is cut and says so by its number. */
const SCALE = 3;

/**
 * Why this cause sits where it does, as a picture: the prior (prevalence, age, sex), then one bar per
 * entered finding (its ln likelihood ratio: right raises the cause, left lowers it), then the posterior.
 */
export function WhyChart({ cause }: { cause: RankedCause }) {
  const rows: Contribution[] = [...cause.supporting, ...cause.against].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const prior = Math.exp(cause.logPrior);
  // Half the track is |ln LR| = SCALE.
  const width = (w: number) => `${(Math.min(SCALE, Math.abs(w)) / SCALE) * 50}%`;
  return (
    <figure className="why-chart">
      <ol className="why-rows" aria-label={`Why ${cause.name}`}>
        <li className="why-row why-end">
          <span className="why-label">Prior (prevalence, age, sex)</span>
          <span className="why-value">{formatProbability(prior)}</span>
        </li>
        {rows.map((r) => (
          <li key={r.findingId} className={`why-row why-${r.weight >= 0 ? 'for' : 'against'}`}>
            <span className="why-label">
              {r.label} <span className="muted">({r.unrecorded ? 'not recorded' : r.state})</span>
            </span>
            <span className="why-track" aria-hidden="true">
              <span
                className="why-bar"
                style={r.weight >= 0 ? { left: '50%', width: width(r.weight) } : { right: '50%', width: width(r.weight) }}
              />
            </span>
            <span className="why-value">
              {formatWeight(r.weight)} · {formatLikelihoodRatio(r.weight)}
            </span>
          </li>
        ))}
        <li className="why-row why-end">
          <span className="why-label">Posterior, among all causes</span>
          <span className="why-value">
            <strong>{formatProbability(cause.probability)}</strong>
          </span>
        </li>
      </ol>
      <figcaption className="muted small">
        Each bar is a finding&rsquo;s weight, ln LR (likelihood ratio): right of the line raises this cause, left lowers it.
        +0.69 doubles the odds (LR 2), +2.30 is LR 10, −0.69 halves them (LR 0.5). Bars stop at LR 20 or 1/20; the number gives the full
        value. The posterior also depends on how the other causes move.
      </figcaption>
    </figure>
  );
}
