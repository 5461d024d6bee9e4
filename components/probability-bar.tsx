import { formatProbability } from '@/lib/format';

/** Probability as a bar (decorative) and a number (the value itself). */
export function ProbabilityBar({ value }: { value: number }) {
  const width = Math.max(1, Math.min(100, value * 100));
  return (
    <span className="probability">
      <span className="probability-track" aria-hidden="true">
        <span className="probability-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="probability-value">{formatProbability(value)}</span>
    </span>
  );
}
