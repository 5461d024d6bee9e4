// Where the leg picture draws each region of leg-regions.ts: polygons on one leg (the outer side
// on the left, in a 200 × 470 figure), mirrored for the other leg and clipped to the leg outline (so
// they may overrun its edges), and where each tag sits. Only the picture reads this: it is fetched
// with the picture, not with the page.

/** A region's polygon on one view of the leg, and where its tag sits. */
export interface RegionShape {
  points: string;
  tagAt: readonly [number, number];
}

/** The saddle area, drawn on the back view only. */
export const SADDLE_SHAPE: RegionShape = { points: '66,24 100,24 100,140 86,136 74,110 68,70', tagAt: [88, 80] };

/** Each leg region's shape on the front and back views, by region id (a region may be on one view only). */
export const REGION_SHAPES: Readonly<Record<string, { front?: RegionShape; back?: RegionShape }>> = {
  'l2-l3': {
    front: { points: '0,64 100,110 100,250 55,222 0,205', tagAt: [62, 165] },
  },
  'l4': {
    front: { points: '0,205 55,222 100,250 100,470 81,470 78,420 74,392 69,330 62,268 0,255', tagAt: [82, 320] },
    back: { points: '70,245 100,245 100,470 82,470 78,395 74,340 70,300', tagAt: [86, 300] },
  },
  'l5': {
    front: { points: '0,255 62,268 69,330 74,392 78,420 81,470 58,470 55,420 52,400 0,395', tagAt: [56, 330] },
    back: { points: '0,245 46,245 43,340 0,352', tagAt: [30, 290] },
  },
  's1': {
    front: { points: '0,395 52,400 55,420 58,470 0,470', tagAt: [40, 425] },
    back: { points: '0,352 43,340 46,245 57,245 57,330 74,340 78,395 82,470 0,470', tagAt: [58, 380] },
  },
  'lfcn': {
    front: { points: '0,72 38,76 52,112 56,160 50,206 0,214', tagAt: [38, 150] },
  },
  'femoral': {
    front: { points: '52,108 84,118 84,236 70,240 58,222 56,160', tagAt: [70, 175] },
  },
  'obturator': {
    front: { points: '84,118 100,112 100,232 84,236', tagAt: [92, 175] },
    back: { points: '86,140 100,142 100,230 86,228', tagAt: [93, 185] },
  },
  'saphenous': {
    front: { points: '70,248 100,248 100,430 86,430 80,405 76,390 72,330', tagAt: [83, 330] },
    back: { points: '76,275 100,275 100,400 79,398', tagAt: [84, 345] },
  },
  'fibular': {
    front: { points: '0,258 66,262 72,330 76,392 84,425 90,470 58,470 55,425 52,402 0,398', tagAt: [56, 340] },
    back: { points: '0,245 46,245 42,310 0,318', tagAt: [28, 280] },
  },
  'sural': {
    front: { points: '0,398 52,402 55,425 58,470 0,470', tagAt: [38, 430] },
    back: { points: '0,322 40,312 56,330 56,392 54,470 0,470', tagAt: [40, 360] },
  },
  'tibial': {
    back: { points: '56,392 100,392 100,470 54,470', tagAt: [70, 428] },
  },
};
