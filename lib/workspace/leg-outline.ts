// The drawing of the legs themselves (the outline and which leg is on the viewer's left): only the
// leg picture needs it, so it stays out of the code that reads and writes leg marks.
import type { LegSide } from './leg-regions';

/** The leg outline (both legs and the pelvis) as points, smoothed into a path by legOutlinePath. */
const OUTER_LEG: readonly [number, number][] = [
  [40, 20], [30, 50], [25, 85], [26, 130], [31, 180], [37, 220], [39, 246], [37, 272], [39, 310], [46, 355],
  [51, 386], [48, 404], [44, 424], [43, 438], [48, 448], [60, 453], [74, 452], [84, 446], [88, 434], [85, 412],
  [79, 392], [80, 355], [88, 305], [87, 268], [89, 246], [91, 220], [94, 165], [97, 125], [100, 108],
];

/** Catmull-Rom through the points, as cubic Béziers: a smooth outline from a short list. */
function smoothPath(points: readonly [number, number][]): string {
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${c1[0]!.toFixed(1)},${c1[1]!.toFixed(1)} ${c2[0]!.toFixed(1)},${c2[1]!.toFixed(1)} ${p2[0]},${p2[1]}`;
  }
  return d;
}

/** The outline of both legs and the pelvis, closed across the waist. */
export const LEG_OUTLINE_PATH = (() => {
  const mirrored = [...OUTER_LEG].reverse().slice(1).map(([x, y]): [number, number] => [200 - x, y]);
  return `${smoothPath([...OUTER_LEG, ...mirrored])} Z`;
})();

/** Which leg is drawn on the viewer's left in each view (front view faces the viewer). */
export const VIEWER_LEFT_SIDE = { front: 'right', back: 'left' } as const satisfies Record<string, LegSide>;
