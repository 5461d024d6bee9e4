import { describe, expect, it } from 'vitest';
import { EMPTY_CASE, removeFinding, setFinding, type CaseState } from '@/lib/workspace/case-state';
import { pictureFindingIds, pruneLegMarks, sideFindingsFor, toggleLegMark, undoPictureFinding, unsidedRegionIds } from '@/lib/workspace/leg-marks';
import { LEG_REGIONS } from '@/lib/workspace/leg-regions';
import { REGION_SHAPES } from '@/lib/workspace/leg-shapes';

const VOCABULARY_REGION_FINDINGS = [
  'l2-l3-sensory-loss',
  'l4-sensory-loss',
  'l5-sensory-loss',
  's1-sensory-loss',
  'fibular-territory-sensory-loss',
  'tibial-territory-sensory-loss',
  'sural-territory-sensory-loss',
  'saphenous-territory-sensory-loss',
  'lfcn-territory-sensory-loss',
  'femoral-territory-sensory-loss',
  'obturator-territory-sensory-loss',
];

describe('the leg picture regions', () => {
  it('cover every dermatome and nerve-territory finding of the vocabulary, each drawn on at least one view', () => {
    expect(LEG_REGIONS.map((r) => r.findingId).sort()).toEqual([...VOCABULARY_REGION_FINDINGS].sort());
    for (const region of LEG_REGIONS) expect(REGION_SHAPES[region.id]?.front ?? REGION_SHAPES[region.id]?.back, region.id).toBeDefined();
  });
});

describe('sideFindingsFor', () => {
  it.each([
    [[], []],
    [['l5-left'], ['numbness-one-leg']],
    [['l5-left', 's1-left'], ['numbness-one-leg']],
    [['l5-left', 'l5-right'], ['numbness-both-legs']],
    [['sural-left', 'tibial-right'], ['numbness-feet-bilateral']],
    [['stocking'], ['numbness-feet-bilateral']],
    [['stocking', 'l2-l3-left', 'l2-l3-right'], ['numbness-both-legs', 'numbness-feet-bilateral']],
    [['saddle'], []],
    [['saddle', 'l5-left'], ['numbness-one-leg']],
    [['stocking', 'stocking-mid-shin'], ['numbness-feet-bilateral']],
  ])('marks %j imply %j', (marks, expected) => {
    expect(sideFindingsFor(marks)).toEqual(expected);
  });
});

describe('toggleLegMark', () => {
  it('enters the region finding and the side, and takes both away again', () => {
    const marked = toggleLegMark(EMPTY_CASE, 'l5-left');
    expect(marked).toEqual({ present: ['l5-sensory-loss', 'numbness-one-leg'], absent: [], legs: ['l5-left'] });
    const both = toggleLegMark(marked, 'l5-right');
    expect(both.present).toEqual(['l5-sensory-loss', 'numbness-both-legs']);
    const back = toggleLegMark(toggleLegMark(both, 'l5-right'), 'l5-left');
    expect(back).toEqual(EMPTY_CASE);
  });

  it('keeps a region finding while the other side is still marked, and moves an absent finding to present', () => {
    const start: CaseState = { ...EMPTY_CASE, absent: ['s1-sensory-loss'] };
    const twice = toggleLegMark(toggleLegMark(start, 's1-left'), 's1-right');
    expect(twice.absent).toEqual([]);
    expect(toggleLegMark(twice, 's1-left').present).toContain('s1-sensory-loss');
  });

  it('ignores unknown marks', () => {
    expect(toggleLegMark(EMPTY_CASE, 'knee-left')).toBe(EMPTY_CASE);
  });
});

describe('pruneLegMarks and unsidedRegionIds', () => {
  it('drops marks whose finding was removed or marked absent', () => {
    const marked = toggleLegMark(toggleLegMark(EMPTY_CASE, 'l5-left'), 'sural-right');
    expect(pruneLegMarks(removeFinding(marked, 'l5-sensory-loss')).legs).toEqual(['sural-right']);
    expect(pruneLegMarks(setFinding(marked, 'sural-territory-sensory-loss', 'absent')).legs).toEqual(['l5-left']);
  });

  it('lists region findings entered without a mark', () => {
    const typed = setFinding(toggleLegMark(EMPTY_CASE, 'l5-left'), 'stocking-sensory-loss', 'present');
    expect(unsidedRegionIds(typed)).toEqual(['stocking']);
  });
});

describe('saddle and stocking levels', () => {
  it('the saddle enters saddle anaesthesia and no side', () => {
    const next = toggleLegMark(EMPTY_CASE, 'saddle');
    expect(next.present).toEqual(['saddle-anaesthesia']);
    expect(toggleLegMark(next, 'saddle').present).toEqual([]);
  });

  it('a level brings the stocking with it, one level at a time; taking the stocking away takes the level', () => {
    let s = toggleLegMark(EMPTY_CASE, 'stocking-ankle');
    expect(s.legs.sort()).toEqual(['stocking', 'stocking-ankle']);
    expect(s.present.sort()).toEqual(['numbness-feet-bilateral', 'stocking-sensory-loss']);
    s = toggleLegMark(s, 'stocking-knee');
    expect(s.legs.sort()).toEqual(['stocking', 'stocking-knee']);
    expect(s.present.sort()).toEqual(['numbness-feet-bilateral', 'stocking-sensory-loss', 'stocking-to-knee']);
    expect(pictureFindingIds(s)).toContain('stocking-to-knee');
    expect(toggleLegMark(s, 'stocking-knee').present.sort()).toEqual(['numbness-feet-bilateral', 'stocking-sensory-loss']);
    expect(toggleLegMark(s, 'stocking-toes').present).not.toContain('stocking-to-knee');
    s = toggleLegMark(s, 'stocking');
    expect(s.legs).toEqual([]);
    expect(s.present).toEqual([]);
  });
});

describe('what the picture entered, each with its own undo', () => {
  it('lists region and side findings, and undoes one at a time', () => {
    let s = toggleLegMark(toggleLegMark(EMPTY_CASE, 'fibular-left'), 'lfcn-right');
    expect(pictureFindingIds(s).sort()).toEqual(['fibular-territory-sensory-loss', 'lfcn-territory-sensory-loss', 'numbness-both-legs'].sort());
    s = undoPictureFinding(s, 'numbness-both-legs');
    expect(s.present).not.toContain('numbness-both-legs');
    expect(s.legs.sort()).toEqual(['fibular-left', 'lfcn-right']);
    s = undoPictureFinding(s, 'lfcn-territory-sensory-loss');
    expect(s.legs).toEqual(['fibular-left']);
    expect(s.present).toEqual(expect.arrayContaining(['fibular-territory-sensory-loss', 'numbness-one-leg']));
  });
});
