// Example presentations the empty workspace offers: clinical data, so it lives in lib/ where a
// unit test checks every id against the catalog (tests/workspace/example-cases.test.ts).
import type { CaseState } from './case-state';

/** A presentation to start from: common presentations and a can't-miss one. */
export interface ExampleCase {
  title: string;
  detail: string;
  state: CaseState;
}

/** Four presentations that show what the workspace does; each opens in one click. */
export const EXAMPLE_CASES: readonly ExampleCase[] = [
  {
    title: 'Office worker, 45, left leg numb from the back down',
    detail: 'Years of poor sitting posture; numbness radiating from the lower back to the outer shin and foot.',
    state: { age: 45, sex: 'female', present: ['back-pain', 'radiating-leg-pain', 'prolonged-sitting', 'l5-sensory-loss', 'numbness-one-leg'], absent: [], legs: ['l5-left'] },
  },
  {
    title: 'Retiree, 72, calf numbness on walking',
    detail: 'Numbness in the calf that comes on with walking and eases when standing still.',
    state: { age: 72, sex: 'female', present: ['vascular-claudication', 'onset-chronic'], absent: [], legs: [] },
  },
  {
    title: 'Woman, 62, with type 2 diabetes: burning then numb feet',
    detail: 'HbA1c above 9 %; burning and tingling turning into numbness of both feet over months, in a stocking pattern.',
    state: { age: 62, sex: 'female', present: ['diabetes', 'hba1c-above-9', 'burning-pain-feet', 'onset-chronic', 'stocking-sensory-loss', 'numbness-feet-bilateral'], absent: [], legs: ['stocking'] },
  },
  {
    title: 'Man, 45, back pain with saddle numbness and retention',
    detail: 'New numbness of the buttocks and perineum, difficulty passing urine, both legs numb.',
    state: { age: 45, sex: 'male', present: ['back-pain', 'saddle-anaesthesia', 'urinary-retention', 'numbness-both-legs'], absent: [], legs: [] },
  },
];

/** Every finding id the examples enter (the page sends their labels along). */
export const EXAMPLE_FINDING_IDS: readonly string[] = [...new Set(EXAMPLE_CASES.flatMap((e) => [...e.state.present, ...e.state.absent]))];
