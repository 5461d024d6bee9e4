import type { Sex } from '@/lib/workspace/case-state';

interface PatientQuickInputsProps {
  age?: number;
  sex?: Sex;
  onAge: (age: number | undefined) => void;
  onSex: (sex: Sex | undefined) => void;
}

const SEXES: { value: Sex | undefined; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: undefined, label: 'Not given' },
];

/** Age and sex: the two inputs that move the priors. */
export function PatientQuickInputs({ age, sex, onAge, onSex }: PatientQuickInputsProps) {
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
    </div>
  );
}
