// The exclusive attributes of a presentation (onset, course, side, distribution, motor signs) and
// the findings through which a clinician enters their values. Each cause gives a full distribution
// over every variable (catalog `attributes`); a value entered counts once, as P(value | cause),
// and excludes the variable's other values without counting them again.
import { ATTRIBUTE_VARIABLES, CAUSE_ATTRIBUTES } from '../vocabulary';
import type { AttributeVariable, CauseAttributes } from './types';

export { ATTRIBUTE_VARIABLES, CAUSE_ATTRIBUTES };

/** One value of one exclusive attribute. */
export interface AttributeValue {
  variable: AttributeVariable;
  value: string;
}

/**
 * The findings that enter an attribute value (entry points). Several findings may enter the same
 * value (episodic and transient symptoms are both the "intermittent" course). Ordinary findings
 * that entail a value (numbness in one leg, stocking sensory loss, a sensory level) are not entry
 * points: they carry their own P(f | cause) and reach the value through their catalog `implies`.
 */
export const ATTRIBUTE_ENTRY_POINTS: Readonly<Record<string, AttributeValue>> = {
  'onset-sudden': { variable: 'onset', value: 'sudden' },
  'onset-acute': { variable: 'onset', value: 'acute' },
  'onset-subacute': { variable: 'onset', value: 'subacute' },
  'onset-chronic': { variable: 'onset', value: 'chronic' },
  'progressive-worsening': { variable: 'course', value: 'progressive' },
  'course-static': { variable: 'course', value: 'static' },
  'course-improving': { variable: 'course', value: 'improving' },
  'relapsing-remitting': { variable: 'course', value: 'relapsing' },
  'episodic-symptoms': { variable: 'course', value: 'intermittent' },
  'transient-symptoms': { variable: 'course', value: 'intermittent' },
  'side-unilateral': { variable: 'side', value: 'unilateral' },
  'side-bilateral-symmetric': { variable: 'side', value: 'bilateral_symmetric' },
  'side-bilateral-asymmetric': { variable: 'side', value: 'bilateral_asymmetric' },
  'distribution-length-dependent': { variable: 'distribution', value: 'length_dependent' },
  'distribution-root': { variable: 'distribution', value: 'root' },
  'distribution-nerve': { variable: 'distribution', value: 'nerve' },
  'distribution-multifocal': { variable: 'distribution', value: 'multifocal' },
  'distribution-below-level': { variable: 'distribution', value: 'below_level' },
  'distribution-saddle': { variable: 'distribution', value: 'saddle' },
  'distribution-hemibody': { variable: 'distribution', value: 'hemibody' },
  'distribution-whole-limb': { variable: 'distribution', value: 'whole_limb' },
  'motor-none': { variable: 'motorSigns', value: 'none' },
  'motor-lower': { variable: 'motorSigns', value: 'lower' },
  'motor-upper': { variable: 'motorSigns', value: 'upper' },
  'motor-mixed': { variable: 'motorSigns', value: 'mixed' },
};

/** The finding ids that link to the attribute entry points (a cause must not link them: its `attributes` stand for them). */
export const ATTRIBUTE_FINDING_IDS: ReadonlySet<string> = new Set(Object.keys(ATTRIBUTE_ENTRY_POINTS));

/** The attribute value a finding enters, if it is an entry point. */
export function attributeValueOf(findingId: string): AttributeValue | undefined {
  return ATTRIBUTE_ENTRY_POINTS[findingId];
}

/** P(value | cause), or undefined when the cause gives no attributes (the engine then stays neutral). */
export function attributeProbability(attributes: CauseAttributes | undefined, { variable, value }: AttributeValue): number | undefined {
  return attributes?.[variable]?.[value];
}
