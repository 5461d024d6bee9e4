import { describe, expect, it } from 'vitest';
import { mentionOf } from '@/lib/engine/workup-timing';

const CES_ACTION =
  'Send to the emergency department now. Emergency MRI of the lumbosacral spine (ideally within 4 hours, 24/7) and immediate referral to on-call spinal surgery. A bladder scan and perianal sensation check help, but must not delay the MRI.';

describe('mentionOf: a red-flag action naming a test', () => {
  it.each<[string, { name: string; synonyms?: string[] }, boolean]>([
    ['the name, words apart', { name: 'MRI lumbosacral spine' }, true],
    ['a synonym', { name: 'Post-void residual bladder scan', synonyms: ['Bladder scan'] }, true],
    ['not named', { name: 'Serum protein electrophoresis', synonyms: ['SPEP'] }, false],
    ['a two-letter abbreviation never counts alone', { name: 'Lumbar puncture', synonyms: ['LP'] }, false],
    ['a plural in the text', { name: 'Blood culture' }, false],
  ])('%s', (_what, test, named) => {
    expect(mentionOf(CES_ACTION, test) >= 0).toBe(named);
  });

  it('puts the MRI before the bladder scan, as the action does', () => {
    const mri = mentionOf(CES_ACTION, { name: 'MRI lumbosacral spine' });
    const scan = mentionOf(CES_ACTION, { name: 'Post-void residual bladder scan', synonyms: ['Bladder scan'] });
    expect(mri).toBeLessThan(scan);
  });

  it('accepts plurals: "blood cultures" names "Blood culture"', () => {
    expect(mentionOf('Take blood cultures and start antibiotics.', { name: 'Blood culture' })).toBe(1);
  });
});
