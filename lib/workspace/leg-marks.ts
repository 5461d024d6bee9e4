// Marks on the leg picture and the findings they enter. The marks carry the side, which the
// findings cannot; the findings carry the meaning. The marks never outlive their findings.
import { removeFinding, setFinding, type CaseState } from './case-state';
import { LEG_REGIONS, SADDLE, STOCKING, STOCKING_LEVELS, legRegionById, type LegRegion, type LegSide } from './leg-regions';

type BothSides = typeof STOCKING | typeof SADDLE | (typeof STOCKING_LEVELS)[number];
const isLevel = (mark: string) => STOCKING_LEVELS.some((l) => l.id === mark);

/** Findings the picture derives from the sides marked. */
export const SIDE_FINDINGS = {
  oneLeg: 'numbness-one-leg',
  bothLegs: 'numbness-both-legs',
  bothFeet: 'numbness-feet-bilateral',
} as const;

const SIDE_FINDING_IDS: readonly string[] = Object.values(SIDE_FINDINGS);

/** The mark id for a region on one side. */
export function markId(regionId: string, side: LegSide): string {
  return `${regionId}-${side}`;
}

/** The region and side a mark stands for, or undefined for an unknown mark. */
export function parseMark(mark: string): { region: LegRegion | BothSides; side: LegSide | 'both' } | undefined {
  if (mark === STOCKING.id) return { region: STOCKING, side: 'both' };
  if (mark === SADDLE.id) return { region: SADDLE, side: 'both' };
  const level = STOCKING_LEVELS.find((l) => l.id === mark);
  if (level) return { region: level, side: 'both' };
  const match = /^(.+)-(left|right)$/.exec(mark);
  const region = match ? legRegionById(match[1]!) : undefined;
  return region ? { region, side: match![2] as LegSide } : undefined;
}

/** The side findings that the marks imply. */
export function sideFindingsFor(marks: readonly string[]): string[] {
  const parsed = marks.map(parseMark).filter((m) => m !== undefined);
  const sided = parsed.filter((m) => m.side !== 'both');
  const sides = new Set(sided.map((m) => m.side));
  // The saddle is midline: it says nothing about one leg or both.
  const stocking = parsed.some((m) => m.region.id === STOCKING.id || isLevel(m.region.id));
  const derived: string[] = [];
  if (sides.size === 2) {
    const aboveAnkle = sided.some((m) => !('footOnly' in m.region && m.region.footOnly));
    derived.push(aboveAnkle ? SIDE_FINDINGS.bothLegs : SIDE_FINDINGS.bothFeet);
  } else if (sides.size === 1 && !stocking) {
    derived.push(SIDE_FINDINGS.oneLeg);
  }
  if (stocking && !derived.includes(SIDE_FINDINGS.bothFeet)) derived.push(SIDE_FINDINGS.bothFeet);
  return derived;
}

function findingOfMark(mark: string): string | undefined {
  return parseMark(mark)?.region.findingId;
}

/** Adds or removes one mark, entering or removing its region finding and the side findings. */
export function toggleLegMark(state: CaseState, mark: string): CaseState {
  if (!parseMark(mark)) return state;
  const adding = !state.legs.includes(mark);
  let legs = adding ? [...state.legs, mark] : state.legs.filter((m) => m !== mark);
  // One stocking level at a time, and a level needs the stocking; no stocking, no level.
  if (adding && isLevel(mark)) legs = [...legs.filter((m) => !isLevel(m) || m === mark), ...(legs.includes(STOCKING.id) ? [] : [STOCKING.id])];
  if (!adding && mark === STOCKING.id) legs = legs.filter((m) => !isLevel(m));
  let next: CaseState = { ...state, legs };
  for (const changed of new Set([mark, ...state.legs, ...legs].filter((m) => state.legs.includes(m) !== legs.includes(m)))) {
    const findingId = findingOfMark(changed)!;
    const stillMarked = legs.some((m) => findingOfMark(m) === findingId);
    next = stillMarked ? setFinding(next, findingId, 'present') : removeFinding(next, findingId);
  }
  // The picture owns the side findings while it holds marks; with none left it drops what it set.
  for (const id of SIDE_FINDING_IDS) {
    if (legs.length > 0 || state.legs.length > 0) next = removeFinding(next, id);
  }
  for (const id of sideFindingsFor(legs)) next = setFinding(next, id, 'present');
  return next;
}

/** Drops marks whose region finding is no longer entered as present (after a chip edit). */
export function pruneLegMarks(state: CaseState): CaseState {
  const kept = state.legs.filter((mark) => {
    const findingId = findingOfMark(mark);
    return findingId !== undefined && state.present.includes(findingId);
  });
  const legs = kept.includes(STOCKING.id) ? kept : kept.filter((m) => !isLevel(m));
  return legs.length === state.legs.length ? state : { ...state, legs };
}

/** Region findings entered as present with no mark: drawn on both legs as "side not marked". */
export function unsidedRegionIds(state: CaseState): string[] {
  const regions = [...LEG_REGIONS, STOCKING, SADDLE];
  return regions
    .filter((r) => state.present.includes(r.findingId) && !state.legs.some((m) => findingOfMark(m) === r.findingId))
    .map((r) => r.id);
}

/** Every finding id the picture can enter (for labels). */
export const LEG_FINDING_IDS: readonly string[] = [
  ...LEG_REGIONS.map((r) => r.findingId),
  STOCKING.findingId,
  ...new Set(STOCKING_LEVELS.map((l) => l.findingId)),
  SADDLE.findingId,
  ...SIDE_FINDING_IDS,
];

/** Findings the picture entered (its regions' and the sides it derived), for the "from the picture" list. */
export function pictureFindingIds(state: CaseState): string[] {
  if (state.legs.length === 0) return [];
  const ids = [...new Set(state.legs.map(findingOfMark).filter((id) => id !== undefined)), ...SIDE_FINDING_IDS];
  return ids.filter((id) => state.present.includes(id));
}

/** Takes back one finding the picture entered: its marks (and what they derived), or a derived side finding. */
export function undoPictureFinding(state: CaseState, findingId: string): CaseState {
  const marks = state.legs.filter((m) => findingOfMark(m) === findingId);
  if (marks.length === 0) return removeFinding(state, findingId);
  return marks.reduce((s, m) => (s.legs.includes(m) ? toggleLegMark(s, m) : s), state);
}
