import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_ENTRY_POINTS, CAUSE_ATTRIBUTES } from '../../lib/engine/attributes';
import { EMPTY_CASE } from '../../lib/workspace/case-state';
import { caseFromUrlSearch, caseUrl } from '../../lib/workspace/case-query';
import { chooseValue, chosenValue, PRESENTATION_VARIABLES } from '../../lib/workspace/presentation-choices';

describe('presentation quick choices', () => {
  it('offer every value of every attribute through the engine’s entry-point finding', () => {
    for (const variable of PRESENTATION_VARIABLES) {
      expect(variable.options.map((o) => o.value)).toEqual([...CAUSE_ATTRIBUTES[variable.variable]]);
      for (const option of variable.options) {
        expect(ATTRIBUTE_ENTRY_POINTS[option.findingId]).toEqual({ variable: variable.variable, value: option.value });
      }
    }
  });

  it('replace the previous value of the variable and clear it', () => {
    const onset = PRESENTATION_VARIABLES.find((v) => v.variable === 'onset')!;
    const acute = chooseValue({ ...EMPTY_CASE, present: ['onset-chronic', 'back-pain'] }, onset, onset.options[1]);
    expect(acute.present).toEqual(['back-pain', 'onset-acute']);
    expect(chosenValue(acute, onset)?.value).toBe('acute');
    expect(chooseValue(acute, onset, undefined).present).toEqual(['back-pain']);
  });

  it('keep the care setting in the URL', () => {
    const url = caseUrl({ ...EMPTY_CASE, present: ['back-pain'], setting: 'emergency' });
    expect(url).toBe('/?present=back-pain&setting=emergency');
    expect(caseFromUrlSearch(url.slice(1)).setting).toBe('emergency');
  });
});
