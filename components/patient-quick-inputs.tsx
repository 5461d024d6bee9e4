import { memo } from 'react';
import type { Sex } from '@/lib/workspace/case-state';

interface PatientQuickInputsProps {
  age?: number;
  sex?: Sex;
  onAge: (age: number | undefined) => void;
  onSex: (sex: Sex | undefined) => void;
  /** Pregnant or post-partum (not offered when the sex is male). */
  pregnant: boolean;
  onPregnant: (pregnant: boolean) => void;
}

const SEXES: { value: Sex | undefined; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: undefined, label: 'Not given' },
];

/** Age, sex and pregnancy: the patient factors that move the priors and the safe choice of tests and drugs. */
export const PatientQuickInputs = memo(function PatientQuickInputs({ age, sex, onAge, onSex, pregnant, onPregnant }: PatientQuickInputsProps) {
  return (
    <div className="quick-inputs">
      <div className="field">
        <label htmlFor="case-age">Age (years)</label>
        <input
          id="case-age"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          value={age ?? ''}
          onChange={(event) => {
            const value = event.target.value.trim();
            const parsed = Number(value);
            if (value === '') onAge(undefined);
            else if (Number.isInteger(parsed) && parsed >= 0 && parsed <= 120) onAge(parsed);
          }}
        />
      </div>
      <fieldset className="field">
        <legend>Sex</legend>
        <div className="segmented">
          {SEXES.map((option) => (
            <label key={option.label} className="segment">
              <input type="radio" name="case-sex" checked={sex === option.value} onChange={() => onSex(option.value)} />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {sex === 'male' ? null : (
        <label className="pregnancy-toggle">
          <input type="checkbox" checked={pregnant} onChange={(event) => onPregnant(event.target.checked)} />
          Pregnant or post-partum
        </label>
      )}
    </div>
  );
});
