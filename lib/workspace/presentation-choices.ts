// The exclusive attributes as quick choices in the workspace: each value is entered as its
// entry-point finding (the engine's ATTRIBUTE_ENTRY_POINTS; a test keeps the two tables equal).
// Written out here so that the browser bundle does not carry the catalog schemas.
import type { CareSetting, CaseState } from './case-state';
import { removeFinding, setFinding } from './case-state';

/** One choosable value: its label and the finding that enters it. */
export interface PresentationOption {
  value: string;
  label: string;
  findingId: string;
}

/** One variable with its values. */
export interface PresentationVariable {
  variable: 'onset' | 'course' | 'side' | 'distribution' | 'motorSigns';
  label: string;
  options: readonly PresentationOption[];
}

export const PRESENTATION_VARIABLES: readonly PresentationVariable[] = [
  { variable: 'onset', label: 'Onset', options: [
    { value: 'sudden', label: 'Sudden (seconds to minutes)', findingId: 'onset-sudden' },
    { value: 'acute', label: 'Acute (hours to < 4 weeks)', findingId: 'onset-acute' },
    { value: 'subacute', label: 'Subacute (4–8 weeks)', findingId: 'onset-subacute' },
    { value: 'chronic', label: 'Chronic (> 8 weeks, insidious)', findingId: 'onset-chronic' },
  ] },
  { variable: 'course', label: 'Course', options: [
    { value: 'progressive', label: 'Getting worse', findingId: 'progressive-worsening' },
    { value: 'static', label: 'Static', findingId: 'course-static' },
    { value: 'improving', label: 'Improving', findingId: 'course-improving' },
    { value: 'relapsing', label: 'Relapsing and remitting', findingId: 'relapsing-remitting' },
    { value: 'intermittent', label: 'Comes and goes', findingId: 'episodic-symptoms' },
  ] },
  { variable: 'side', label: 'Side', options: [
    { value: 'unilateral', label: 'One leg', findingId: 'side-unilateral' },
    { value: 'bilateral_symmetric', label: 'Both legs, symmetric', findingId: 'side-bilateral-symmetric' },
    { value: 'bilateral_asymmetric', label: 'Both legs, asymmetric', findingId: 'side-bilateral-asymmetric' },
  ] },
  { variable: 'distribution', label: 'Distribution', options: [
    { value: 'length_dependent', label: 'Stocking (length-dependent)', findingId: 'distribution-length-dependent' },
    { value: 'root', label: 'Dermatome (root)', findingId: 'distribution-root' },
    { value: 'nerve', label: 'One nerve territory', findingId: 'distribution-nerve' },
    { value: 'multifocal', label: 'Patchy / multifocal', findingId: 'distribution-multifocal' },
    { value: 'below_level', label: 'Below a sensory level', findingId: 'distribution-below-level' },
    { value: 'saddle', label: 'Saddle and perineum', findingId: 'distribution-saddle' },
    { value: 'hemibody', label: 'One side of the body', findingId: 'distribution-hemibody' },
    { value: 'whole_limb', label: 'Whole limb', findingId: 'distribution-whole-limb' },
  ] },
  { variable: 'motorSigns', label: 'Motor signs', options: [
    { value: 'none', label: 'None (sensory only)', findingId: 'motor-none' },
    { value: 'lower', label: 'Lower motor neurone', findingId: 'motor-lower' },
    { value: 'upper', label: 'Upper motor neurone', findingId: 'motor-upper' },
    { value: 'mixed', label: 'Mixed', findingId: 'motor-mixed' },
  ] },
];

/** Findings that also enter a value (a second entry point for "comes and goes"). */
const EXTRA_ENTRY_POINTS: Readonly<Record<string, string>> = { 'transient-symptoms': 'course' };

/** The care settings with their labels; primary care is the default. */
export const CARE_SETTING_OPTIONS: readonly { value: CareSetting; label: string }[] = [
  { value: 'primary_care', label: 'Primary care' },
  { value: 'emergency', label: 'Emergency department' },
  { value: 'neurology', label: 'Neurology clinic' },
];

/** The setting used when the case gives none. */
export const DEFAULT_SETTING: CareSetting = 'primary_care';

function entryPointsOf(variable: PresentationVariable): string[] {
  return [
    ...variable.options.map((o) => o.findingId),
    ...Object.entries(EXTRA_ENTRY_POINTS).filter(([, v]) => v === variable.variable).map(([id]) => id),
  ];
}

/** The value entered as present for a variable, if any. */
export function chosenValue(state: CaseState, variable: PresentationVariable): PresentationOption | undefined {
  return variable.options.find((o) => state.present.includes(o.findingId)) ??
    (entryPointsOf(variable).some((id) => state.present.includes(id) && !variable.options.some((o) => o.findingId === id))
      ? variable.options.find((o) => o.value === 'intermittent')
      : undefined);
}

/** Sets a variable to one value (or clears it): its other entry points leave the case, since the values exclude each other. */
export function chooseValue(state: CaseState, variable: PresentationVariable, option: PresentationOption | undefined): CaseState {
  let next = state;
  for (const id of entryPointsOf(variable)) next = removeFinding(next, id);
  return option ? setFinding(next, option.findingId, 'present') : next;
}
