// Numbers that are words in clinical notes: an MRC power grade ("4/5") is weakness, a value "and
// falling" is a trend, "2 blocks" a walk. Applied to the canonical tokens before phrases; pure and universal.
import type { Canon } from './lexicon';

const GRADE = /^[0-4]$/;

/**
 * An MRC power grade below 5 is weakness: "4/5", "4+/5", "2/5", "MRC 3", "MRC grade 4" become the
 * word "weak" ("ankle DF 4/5" reads as weak dorsiflexion). A fraction inside a date or a longer
 * fraction ("4/5/24", "6/10 sites") is left alone; "L4/5" is one word and never a grade.
 */
function foldMuscleGrades(seq: Canon[]): Canon[] {
  const out: Canon[] = [];
  const weak = (from: Canon, to: Canon): Canon => ({ word: 'weak', surface: 'weak', start: from.start, end: to.end, kind: 'word' });
  for (let i = 0; i < seq.length; i++) {
    const c = seq[i]!;
    const prev = seq[i - 1];
    if (c.kind === 'number' && GRADE.test(c.word) && prev?.word !== '/') {
      const j = seq[i + 1]?.word === '+' || seq[i + 1]?.word === '-' ? i + 2 : i + 1;
      if (seq[j]?.word === '/' && seq[j + 1]?.word === '5' && seq[j + 2]?.word !== '/') {
        out.push(weak(c, seq[j + 1]!));
        i = j + 1;
        continue;
      }
    }
    if (c.word === 'mrc') {
      const j = seq[i + 1]?.word === 'grade' ? i + 2 : i + 1;
      const grade = seq[j];
      if (grade?.kind === 'number' && GRADE.test(grade.word)) {
        out.push(weak(c, grade));
        i = j;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const FALLING = new Set(['falling', 'dropping', 'declining', 'decreasing']);

/**
 * A value "and falling" is a trend, not a fall: "FVC 1.6 L and falling" reads as a reduced FVC.
 * Only right after a number (and its unit), so "unsteady and falling" keeps its falls.
 */
function foldTrends(seq: Canon[]): Canon[] {
  return seq.map((c, i) => {
    if (!FALLING.has(c.surface ?? '') || seq[i - 1]?.word !== 'and') return c;
    const before = seq[i - 2];
    const number = before?.kind === 'number' ? before : seq[i - 3]?.kind === 'number' && before?.kind === 'word' && before.word.length <= 4 ? seq[i - 3] : undefined;
    return number ? { ...c, word: 'reduced', surface: 'reduced' } : c;
  });
}

const DISTANCE_UNITS = new Set(['block', 'blocks']);

/**
 * A walking distance in city blocks is walking: "cramping in both calves after ~2 blocks".
 * Only a number and a distance unit ("conduction block" has none).
 */
function foldWalkingDistances(seq: Canon[]): Canon[] {
  const out: Canon[] = [];
  for (let i = 0; i < seq.length; i++) {
    const c = seq[i]!;
    const unit = seq[i + 1];
    if (c.kind === 'number' && unit && DISTANCE_UNITS.has(unit.surface ?? '')) {
      out.push({ word: 'walk', surface: 'walk', start: c.start, end: unit.end, kind: 'word' });
      i++;
    } else out.push(c);
  }
  return out;
}

/** The canonical tokens with MRC grades, trends and walking distances folded into words. */
export function foldNumberWords(seq: Canon[]): Canon[] {
  return foldWalkingDistances(foldTrends(foldMuscleGrades(seq)));
}
