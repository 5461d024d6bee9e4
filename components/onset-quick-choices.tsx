import { memo } from 'react';
import { ONSET_CHOICES } from '@/lib/workspace/patient-context';

interface OnsetQuickChoicesProps {
  /** Present finding ids of the case. */
  present: readonly string[];
  /** Sets one onset (removing the others), or clears them with undefined. */
  onOnset: (findingId: string | undefined) => void;
}

/**
 * Onset as one click (sudden, acute, subacute, chronic). Kept in a file of its own: the model's
 * categorical quick choices (onset, course, side, distribution, motor signs) can replace it whole.
 */
export const OnsetQuickChoices = memo(function OnsetQuickChoices({ present, onOnset }: OnsetQuickChoicesProps) {
  const current = ONSET_CHOICES.find((c) => present.includes(c.findingId))?.findingId;
  return (
    <fieldset className="field">
      <legend>Onset</legend>
      <div className="segmented segmented-wrap">
        {ONSET_CHOICES.map((choice) => (
          <label key={choice.findingId} className="segment">
            <input type="radio" name="case-onset" checked={current === choice.findingId} onChange={() => onOnset(choice.findingId)} />
            <span>{choice.label}</span>
          </label>
        ))}
        <label className="segment">
          <input type="radio" name="case-onset" checked={current === undefined} onChange={() => onOnset(undefined)} />
          <span>Not given</span>
        </label>
      </div>
    </fieldset>
  );
});
