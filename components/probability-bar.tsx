import { formatProbability } from '@/lib/format';
import { barWidth } from '@/lib/workspace/differential-display';

/** Probability as a bar (decorative) and a number (the value itself). */
export function ProbabilityBar({ value }: { value: number }) {
  return (
    <span className="probability">
      <span className="probability-track" aria-hidden="true">
        <span className="probability-fill" style={{ width: `${barWidth(value)}%` }} />
      </span>
      <span className="probability-value">{formatProbability(value)}</span>
    </span>
  );
}
