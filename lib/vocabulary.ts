// Clinical vocabularies that the engine, the browser and the zod schemas share, as plain constant
// arrays with no dependency: the zod enums in lib/schemas are built from these, and the engine
// and the workspace (which must not pull zod into the browser bundle) read them directly.

/** Care settings a cause's prevalence is given for. */
export const CARE_SETTINGS = ['primary_care', 'emergency', 'neurology'] as const;
export type CareSettingValue = (typeof CARE_SETTINGS)[number];

/** A patient's sex as the case records it (a cause's typical sex has more values). */
export const SEXES = ['female', 'male'] as const;
export type SexValue = (typeof SEXES)[number];

/** Exclusive categorical attributes of a presentation, each value's meaning in the README's model section. */
export const CAUSE_ATTRIBUTES = {
  onset: ['sudden', 'acute', 'subacute', 'chronic'],
  course: ['progressive', 'static', 'improving', 'relapsing', 'intermittent'],
  side: ['unilateral', 'bilateral_symmetric', 'bilateral_asymmetric'],
  distribution: ['length_dependent', 'root', 'nerve', 'multifocal', 'below_level', 'saddle', 'hemibody', 'whole_limb'],
  motorSigns: ['none', 'lower', 'upper', 'mixed'],
} as const;
export type AttributeVariable = keyof typeof CAUSE_ATTRIBUTES;
export const ATTRIBUTE_VARIABLES = Object.keys(CAUSE_ATTRIBUTES) as AttributeVariable[];
