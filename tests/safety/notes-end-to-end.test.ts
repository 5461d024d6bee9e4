// Red flags through language: each note of tests/fixtures/safety-notes.json, written the way
// clinicians write (many after published case reports), goes through the whole chain the
// workspace's "Paste a note" uses (note -> findings -> differential) and must raise the alerts
// and list the can't-miss causes it names, while near-miss notes must stay quiet (alert fatigue
// is a hazard too). A note the language mechanism still reads wrong carries `known` and is
// skipped, so the gap stays visible in the run.
import { describe, expect, it } from 'vitest';
import { checkNote, noteChainTools, safetyNotes, type SafetyNote } from './note-chain';

const notes = safetyNotes();
const tools = noteChainTools();

describe('safety notes fixture', () => {
  it('has unique ids and names only rules and causes that exist', () => {
    const ruleIds = new Set(tools.snapshot.engine.rules.map((r) => r.id));
    const unknown = notes.flatMap((n) => [
      ...[...n.fire, ...(n.notFire ?? [])].filter((id) => !ruleIds.has(id)).map((id) => `${n.id}: rule ${id}`),
      ...(n.cantMiss ?? []).filter((id) => !tools.snapshot.engine.causeById.has(id)).map((id) => `${n.id}: cause ${id}`),
    ]);
    expect(unknown).toEqual([]);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('has at least four alerting notes and one near miss for every emergency, two alerting notes for an urgent rule', () => {
    const byGroup = new Map<string, SafetyNote[]>();
    for (const n of notes) {
      const group = n.emergency.replace(/ with possible PE$/, '');
      byGroup.set(group, [...(byGroup.get(group) ?? []), n]);
    }
    const thin = [...byGroup].filter(([name, group]) => {
      const alerting = group.filter((n) => n.fire.length > 0).length;
      return name.startsWith('urgent: ') ? alerting < 2 : alerting < 4 || !group.some((n) => n.fire.length === 0);
    });
    expect(thin.map(([name]) => name)).toEqual([]);
  });

  it('gives every note a source and every near miss something that must not fire', () => {
    expect(notes.filter((n) => n.source.trim() === '').map((n) => n.id)).toEqual([]);
    expect(notes.filter((n) => n.fire.length === 0 && !n.notFire?.length).map((n) => n.id)).toEqual([]);
  });
});

describe('notes through language and engine', () => {
  for (const note of notes) {
    const name = `${note.id} (${note.emergency}, ${note.style})`;
    if (note.known) it.skip(`${name}: KNOWN LANGUAGE GAP: ${note.known}`, () => {});
    else it(name, () => expect(checkNote(tools, note).failures).toEqual([]));
  }
});

describe('known language gaps', () => {
  // A skipped note cannot say when the language starts reading it right; this does, so the mark is removed then.
  it('are still gaps: a note marked known that now passes must lose its mark', () => {
    expect(notes.filter((n) => n.known && checkNote(tools, n).failures.length === 0).map((n) => n.id)).toEqual([]);
  });
});

describe('checkNote', () => {
  it('reports every broken expectation, so a wrong note cannot pass', () => {
    const wrong: SafetyNote = {
      id: 'self-test', emergency: 'harness', style: 'self-test', source: 'harness self-test', age: 30, sex: 'male',
      text: '42F with saddle anaesthesia and urinary retention.',
      fire: ['stroke-tia'], notFire: ['cauda-equina'], maxLevel: 'none', cantMiss: ['stroke-tia'],
    };
    expect(checkNote(tools, wrong).failures).toHaveLength(6);
  });
});
