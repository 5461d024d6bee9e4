// The regions a clinician can mark on the leg picture and the finding each one enters. Where the
// picture draws them is in leg-shapes.ts: only the picture needs it, and it loads with the picture.

export type LegSide = 'left' | 'right';
export type LegLayer = 'dermatome' | 'nerve';

/** A markable area of skin and the sensory-loss finding it stands for. */
export interface LegRegion {
  id: string;
  layer: LegLayer;
  /** Name in the clinic's words, e.g. "L5 dermatome". */
  name: string;
  /** Where on the leg, in plain words. */
  where: string;
  /** Short tag drawn on the picture. */
  tag: string;
  findingId: string;
  /** True when the area lies on the foot only (both sides then means both feet). */
  footOnly: boolean;
}

/** Stocking distribution: both feet and lower legs, one control for both sides. */
export const STOCKING = {
  id: 'stocking',
  name: 'Stocking distribution',
  where: 'both feet and lower legs',
  findingId: 'stocking-sensory-loss',
} as const;

/**
 * Stocking levels: how high the stocking reaches (a mark in the URL that draws the stocking to that
 * height). Toes, ankle and mid-shin stand for the stocking itself: the catalog has no evidence that
 * tells them apart. The knee is its own finding (it implies the stocking): loss that has climbed to
 * the knees marks an advanced or non-length-dependent neuropathy and argues against foot-only causes.
 */
export const STOCKING_LEVELS = [
  { id: 'stocking-toes', name: 'Stocking to the toes', tag: 'Toes', findingId: 'stocking-sensory-loss', top: 425 },
  { id: 'stocking-ankle', name: 'Stocking to the ankle', tag: 'Ankle', findingId: 'stocking-sensory-loss', top: 390 },
  { id: 'stocking-mid-shin', name: 'Stocking to mid-shin', tag: 'Mid-shin', findingId: 'stocking-sensory-loss', top: 318 },
  { id: 'stocking-knee', name: 'Stocking to the knee', tag: 'Knee', findingId: 'stocking-to-knee', top: 250 },
] as const;

/** The saddle area (S2–S5: buttocks, perineum, inner upper thighs), drawn on the back view; one mark, no side. */
export const SADDLE = {
  id: 'saddle',
  name: 'Saddle area (S2–S5)',
  where: 'buttocks, perineum, inner upper thighs',
  tag: 'S2–5',
  findingId: 'saddle-anaesthesia',
} as const;

/** Dermatomes after the standard (ASIA-style) charts, then the cutaneous nerve territories. */
export const LEG_REGIONS: readonly LegRegion[] = [
  {
    id: 'l2-l3',
    layer: 'dermatome',
    name: 'L2–L3 dermatomes',
    where: 'front and inner thigh',
    tag: 'L2–3',
    findingId: 'l2-l3-sensory-loss',
    footOnly: false,
  },
  {
    id: 'l4',
    layer: 'dermatome',
    name: 'L4 dermatome',
    where: 'knee, inner shin, inner ankle',
    tag: 'L4',
    findingId: 'l4-sensory-loss',
    footOnly: false,
  },
  {
    id: 'l5',
    layer: 'dermatome',
    name: 'L5 dermatome',
    where: 'outer shin, top of the foot, big toe',
    tag: 'L5',
    findingId: 'l5-sensory-loss',
    footOnly: false,
  },
  {
    id: 's1',
    layer: 'dermatome',
    name: 'S1 dermatome',
    where: 'outer foot, little toe, sole, back of the calf',
    tag: 'S1',
    findingId: 's1-sensory-loss',
    footOnly: false,
  },
  {
    id: 'lfcn',
    layer: 'nerve',
    name: 'Lateral femoral cutaneous nerve',
    where: 'outer front of the thigh',
    tag: 'LFCN',
    findingId: 'lfcn-territory-sensory-loss',
    footOnly: false,
  },
  {
    id: 'femoral',
    layer: 'nerve',
    name: 'Femoral nerve (anterior cutaneous)',
    where: 'front of the thigh',
    tag: 'Fem',
    findingId: 'femoral-territory-sensory-loss',
    footOnly: false,
  },
  {
    id: 'obturator',
    layer: 'nerve',
    name: 'Obturator nerve',
    where: 'inner thigh',
    tag: 'Obt',
    findingId: 'obturator-territory-sensory-loss',
    footOnly: false,
  },
  {
    id: 'saphenous',
    layer: 'nerve',
    name: 'Saphenous nerve',
    where: 'inner leg from knee to ankle and arch',
    tag: 'Saph',
    findingId: 'saphenous-territory-sensory-loss',
    footOnly: false,
  },
  {
    id: 'fibular',
    layer: 'nerve',
    name: 'Common fibular nerve',
    where: 'outer shin and top of the foot',
    tag: 'Fib',
    findingId: 'fibular-territory-sensory-loss',
    footOnly: false,
  },
  {
    id: 'sural',
    layer: 'nerve',
    name: 'Sural nerve',
    where: 'outer edge of the foot and heel',
    tag: 'Sural',
    findingId: 'sural-territory-sensory-loss',
    footOnly: true,
  },
  {
    id: 'tibial',
    layer: 'nerve',
    name: 'Tibial nerve',
    where: 'sole and heel',
    tag: 'Tib',
    findingId: 'tibial-territory-sensory-loss',
    footOnly: true,
  },
];

/** The region with this id, if any. */
export function legRegionById(id: string): LegRegion | undefined {
  return LEG_REGIONS.find((region) => region.id === id);
}
