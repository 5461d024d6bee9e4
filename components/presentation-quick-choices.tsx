'use client';
import { memo } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import type { CareSetting, CaseState } from '@/lib/workspace/case-state';
import { CARE_SETTING_OPTIONS, chooseValue, chosenValue, DEFAULT_SETTING, PRESENTATION_VARIABLES } from '@/lib/workspace/presentation-choices';

interface PresentationQuickChoicesProps {
  state: CaseState;
  /** Findings the engine took as present because an entered finding entails them. */
  implied: DifferentialResponse['implied'];
  labelOf: (findingId: string) => string;
  onChange: (next: (state: CaseState) => CaseState) => void;
  /** Variables offered elsewhere (the workspace shows onset as one-tap chips). */
  omit?: readonly string[];
}

/** The case with a care setting; the default is left out of the case (and so of its URL). */
function withSetting(state: CaseState, setting: CareSetting): CaseState {
  const next: CaseState = { ...state };
  delete next.setting;
  return setting === DEFAULT_SETTING ? next : { ...next, setting };
}

/** Care setting and the five exclusive attributes (onset, course, side, distribution, motor signs) as quick choices. */
export const PresentationQuickChoices = memo(function PresentationQuickChoices({ state, implied, labelOf, onChange, omit = [] }: PresentationQuickChoicesProps) {
  const setting = state.setting ?? DEFAULT_SETTING;
  const attributeFindings = new Set(PRESENTATION_VARIABLES.flatMap((v) => v.options.map((o) => o.findingId)));
  // Implied findings that are not attribute values (those show in their own choice above).
  const otherImplied = implied.filter((f) => !f.entered && !attributeFindings.has(f.findingId));
  return (
    <fieldset className="presentation-choices">
      <legend>Presentation</legend>
      <div className="field">
        <label htmlFor="case-setting">Care setting</label>
        <select
          id="case-setting"
          value={setting}
          onChange={(event) => {
            const value = event.target.value as CareSetting;
            onChange((s) => withSetting(s, value));
          }}
        >
          {CARE_SETTING_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
              {o.value === DEFAULT_SETTING ? ' (default)' : ''}
            </option>
          ))}
        </select>
        <p className="hint">
          Sets how common each cause is taken to be before the findings: a DVT or a stroke is likelier in the emergency
          department, a polyneuropathy in a neurology clinic.
        </p>
      </div>
      {PRESENTATION_VARIABLES.filter((variable) => !omit.includes(variable.variable)).map((variable) => {
        const chosen = chosenValue(state, variable);
        const impliedBy = implied.find((f) => !f.entered && variable.options.some((o) => o.findingId === f.findingId));
        const id = `case-${variable.variable}`;
        return (
          <div className="field" key={variable.variable}>
            <label htmlFor={id}>{variable.label}</label>
            <select
              id={id}
              value={chosen?.value ?? ''}
              onChange={(event) => {
                const option = variable.options.find((o) => o.value === event.target.value);
                onChange((s) => chooseValue(s, variable, option));
              }}
            >
              <option value="">{impliedBy ? `${variable.options.find((o) => o.findingId === impliedBy.findingId)?.label} (implied)` : 'Not known'}</option>
              {variable.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {impliedBy && !chosen ? (
              <p className="hint">Implied by {impliedBy.impliedBy.map(labelOf).join(', ')}.</p>
            ) : null}
          </div>
        );
      })}
      {otherImplied.length > 0 ? (
        <p className="hint implied-findings">
          Also taken as present:{' '}
          {otherImplied.map((f, i) => (
            <span key={f.findingId}>
              {i > 0 ? '; ' : ''}
              {f.label} (implied by {f.impliedBy.map(labelOf).join(', ')})
            </span>
          ))}
          .
        </p>
      ) : null}
    </fieldset>
  );
});
