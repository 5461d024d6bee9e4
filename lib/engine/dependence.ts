// Correlated evidence. Naive Bayes multiplies likelihood ratios as if findings were independent
// given the cause; findings that measure one process (vibration and monofilament loss and absent
// ankle jerks all grade one length-dependent neuropathy) are not, and stacking them overstates the
// case. Two corrections: implication chains (catalog `implies`) count the most specific finding
// once, exactly; the groups below, for correlation short of implication, are damped.

/**
 * Dependence groups: findings (and attribute values, written "variable:value") that grade one
 * process. A finding belongs to at most one group. Chosen by the authors from pathophysiology.
 */
export const DEPENDENCE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'length-dependent-sensory': [
    'numbness-feet-bilateral', 'stocking-sensory-loss', 'stocking-to-knee', 'vibration-loss-toes', 'monofilament-loss',
    'ankle-reflex-absent-bilateral', 'burning-pain-feet', 'distribution:length_dependent',
  ],
  'reflex-loss': ['areflexia-generalised', 'distal-symmetric-weakness', 'motorSigns:lower'],
  'upper-motor-neuron': [
    'hyperreflexia-legs', 'extensor-plantar', 'clonus', 'spasticity-legs', 'pyramidal-weakness', 'hoffmann-sign',
    'motorSigns:upper', 'motorSigns:mixed',
  ],
  'dorsal-column': ['romberg-positive', 'proprioception-loss', 'unsteady-gait'],
  'root-tension': [
    'radiating-leg-pain', 'leg-pain-below-knee', 'slr-positive', 'crossed-slr-positive', 'pain-worse-cough-sneeze',
    'distribution:root',
  ],
  'limb-ischaemia': ['cold-pale-limb', 'pulseless-limb', 'absent-foot-pulses', 'mottled-skin', 'sudden-severe-leg-pain', 'distribution:whole_limb'],
  'venous-thrombosis': ['calf-swelling-3cm', 'pitting-oedema-unilateral', 'warm-red-calf', 'leg-swelling-unilateral', 'calf-pain'],
  'hemispheric': [
    'face-arm-numbness-same-side', 'arm-weakness-same-side', 'facial-droop', 'pronator-drift', 'hemisensory-loss',
    'speech-disturbance', 'distribution:hemibody',
  ],
  'leg-weakness': ['leg-weakness', 'bilateral-leg-weakness', 'difficulty-walking', 'falls'],
  'systemic-inflammation': ['fever', 'night-sweats', 'wbc-raised', 'inflammatory-markers-raised'],
  'glycaemia': ['diabetes', 'hba1c-diabetic', 'fasting-glucose-high', 'impaired-glucose-tolerance'],
  'b12-status': ['b12-low', 'b12-borderline', 'mma-raised', 'homocysteine-raised', 'macrocytosis'],
};

/** Group id by member (finding id or "variable:value"). */
export const DEPENDENCE_GROUP_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(DEPENDENCE_GROUPS).flatMap(([group, members]) => members.map((m) => [m, group] as const)),
);

/**
 * Adds up the weights of one dependence group for one cause: the largest in magnitude counts fully,
 * each further one by `damping` (order by magnitude, so that neither a supporting nor an opposing
 * finding can be diluted by piling up weaker ones of the same group). Returns the factor per weight.
 */
export function dampingFactors(weights: readonly number[], damping: number): number[] {
  const order = weights.map((w, i) => i).sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b);
  const factors = new Array<number>(weights.length).fill(damping);
  if (order.length > 0) factors[order[0]!] = 1;
  return factors;
}
