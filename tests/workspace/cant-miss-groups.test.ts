import { describe, expect, it } from 'vitest';
import { groupCantMiss } from '../../lib/workspace/cant-miss-groups';

const cause = (name: string, urgency: 'emergency' | 'urgent' | 'routine', probability = 0.01) => ({ name, urgency, probability });

describe('groupCantMiss (print view)', () => {
  it('puts emergency causes first, keeps the engine order inside a group and names every cause once', () => {
    const list = [cause('Spinal dural arteriovenous fistula', 'urgent'), cause('Cauda equina syndrome', 'emergency'), cause('Multiple sclerosis', 'urgent'), cause('Conus medullaris syndrome', 'emergency')];
    const groups = groupCantMiss(list);
    expect(groups.map((g) => g.title)).toEqual(['Emergency', 'Urgent']);
    expect(groups[0]!.causes.map((c) => c.name)).toEqual(['Cauda equina syndrome', 'Conus medullaris syndrome']);
    expect(groups[1]!.causes.map((c) => c.name)).toEqual(['Spinal dural arteriovenous fistula', 'Multiple sclerosis']);
    expect(groups.flatMap((g) => g.causes)).toHaveLength(list.length);
  });

  it('leaves out empty groups and gives nothing for an empty list', () => {
    expect(groupCantMiss([cause('Deep vein thrombosis', 'routine')]).map((g) => g.urgency)).toEqual(['routine']);
    expect(groupCantMiss([])).toEqual([]);
  });
});
