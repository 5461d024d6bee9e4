// The regions a clinician can mark on the leg picture, the finding each one enters, and their
// outlines. Shapes are drawn for one leg (the outer side on the left, in a 200 × 470 figure) and
// mirrored for the other; they are clipped to the leg outline, so they may overrun its edges.

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
  /** Polygon points on the front view, and where the tag sits. */
  front?: { points: string; tagAt: [number, number] };
  back?: { points: string; tagAt: [number, number] };
  /** True when the area lies on the foot only (both sides then means both feet). */
  footOnly: boolean;
}

/** Stocking distribution: both feet and lower legs, one control for both sides. */
export const STOCKING = {
  id: 'stocking',
  name: 'Stocking distribution',
  where: 'both feet and lower legs',
  findingId: 'stocking-sensory-loss',
  points: '0,318 100,318 100,470 0,470',
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
  points: '66,24 100,24 100,140 86,136 74,110 68,70',
  tagAt: [88, 80] as [number, number],
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
    front: { points: '0,64 100,110 100,250 55,222 0,205', tagAt: [62, 165] },
    footOnly: false,
  },
  {
    id: 'l4',
    layer: 'dermatome',
    name: 'L4 dermatome',
    where: 'knee, inner shin, inner ankle',
    tag: 'L4',
    findingId: 'l4-sensory-loss',
    front: { points: '0,205 55,222 100,250 100,470 81,470 78,420 74,392 69,330 62,268 0,255', tagAt: [82, 320] },
    back: { points: '70,245 100,245 100,470 82,470 78,395 74,340 70,300', tagAt: [86, 300] },
    footOnly: false,
  },
  {
    id: 'l5',
    layer: 'dermatome',
    name: 'L5 dermatome',
    where: 'outer shin, top of the foot, big toe',
    tag: 'L5',
    findingId: 'l5-sensory-loss',
    front: { points: '0,255 62,268 69,330 74,392 78,420 81,470 58,470 55,420 52,400 0,395', tagAt: [56, 330] },
    back: { points: '0,245 46,245 43,340 0,352', tagAt: [30, 290] },
    footOnly: false,
  },
  {
    id: 's1',
    layer: 'dermatome',
    name: 'S1 dermatome',
    where: 'outer foot, little toe, sole, back of the calf',
    tag: 'S1',
    findingId: 's1-sensory-loss',
    front: { points: '0,395 52,400 55,420 58,470 0,470', tagAt: [40, 425] },
    back: { points: '0,352 43,340 46,245 57,245 57,330 74,340 78,395 82,470 0,470', tagAt: [58, 380] },
    footOnly: false,
  },
  {
    id: 'lfcn',
    layer: 'nerve',
    name: 'Lateral femoral cutaneous nerve',
    where: 'outer front of the thigh',
    tag: 'LFCN',
    findingId: 'lfcn-territory-sensory-loss',
    front: { points: '0,72 38,76 52,112 56,160 50,206 0,214', tagAt: [38, 150] },
    footOnly: false,
  },
  {
    id: 'femoral',
    layer: 'nerve',
    name: 'Femoral nerve (anterior cutaneous)',
    where: 'front of the thigh',
    tag: 'Fem',
    findingId: 'femoral-territory-sensory-loss',
    front: { points: '52,108 84,118 84,236 70,240 58,222 56,160', tagAt: [70, 175] },
    footOnly: false,
  },
  {
    id: 'obturator',
    layer: 'nerve',
    name: 'Obturator nerve',
    where: 'inner thigh',
    tag: 'Obt',
    findingId: 'obturator-territory-sensory-loss',
    front: { points: '84,118 100,112 100,232 84,236', tagAt: [92, 175] },
    back: { points: '86,140 100,142 100,230 86,228', tagAt: [93, 185] },
    footOnly: false,
  },
  {
    id: 'saphenous',
    layer: 'nerve',
    name: 'Saphenous nerve',
    where: 'inner leg from knee to ankle and arch',
    tag: 'Saph',
    findingId: 'saphenous-territory-sensory-loss',
    front: { points: '70,248 100,248 100,430 86,430 80,405 76,390 72,330', tagAt: [83, 330] },
    back: { points: '76,275 100,275 100,400 79,398', tagAt: [84, 345] },
    footOnly: false,
  },
  {
    id: 'fibular',
    layer: 'nerve',
    name: 'Common fibular nerve',
    where: 'outer shin and top of the foot',
    tag: 'Fib',
    findingId: 'fibular-territory-sensory-loss',
    front: { points: '0,258 66,262 72,330 76,392 84,425 90,470 58,470 55,425 52,402 0,398', tagAt: [56, 340] },
    back: { points: '0,245 46,245 42,310 0,318', tagAt: [28, 280] },
    footOnly: false,
  },
  {
    id: 'sural',
    layer: 'nerve',
    name: 'Sural nerve',
    where: 'outer edge of the foot and heel',
    tag: 'Sural',
    findingId: 'sural-territory-sensory-loss',
    front: { points: '0,398 52,402 55,425 58,470 0,470', tagAt: [38, 430] },
    back: { points: '0,322 40,312 56,330 56,392 54,470 0,470', tagAt: [40, 360] },
    footOnly: true,
  },
  {
    id: 'tibial',
    layer: 'nerve',
    name: 'Tibial nerve',
    where: 'sole and heel',
    tag: 'Tib',
    findingId: 'tibial-territory-sensory-loss',
    back: { points: '56,392 100,392 100,470 54,470', tagAt: [70, 428] },
    footOnly: true,
  },
];

/** The region with this id, if any. */
export function legRegionById(id: string): LegRegion | undefined {
  return LEG_REGIONS.find((region) => region.id === id);
}
