'use client';
// The workspace's named edits, each one change of the case through `edit` (useCaseEditor). Their
// identities are stable, so the memoised panels they are handed to skip re-rendering.
import { useCallback } from 'react';
import { pruneLegMarks, toggleLegMark, undoPictureFinding } from '@/lib/workspace/leg-marks';
import { ONSET_CHOICES, PREGNANCY_FINDING } from '@/lib/workspace/patient-context';
import { removeFinding, setFinding, type CaseState, type FindingState } from '@/lib/workspace/case-state';
import type { NoteReading } from './paste-note';
import type { EditKind } from './use-case-editor';

type Edit = (change: (state: CaseState) => CaseState, kind?: EditKind) => void;
type Remember = (id: string, label: string) => void;

/** Every edit the workspace's controls make; `remember` keeps the label of a finding they enter. */
export function useCaseEdits(edit: Edit, remember: Remember) {
  const addFinding = useCallback(
    (finding: { id: string; label: string }, to: FindingState) => {
      remember(finding.id, finding.label);
      edit((s) => pruneLegMarks(setFinding(s, finding.id, to)));
    },
    [edit, remember],
  );
  const addFromNote = useCallback(
    (note: NoteReading) => {
      for (const f of note.findings) remember(f.id, f.label);
      const withPatient = (s: CaseState): CaseState => ({ ...s, ...(note.age !== undefined ? { age: note.age } : {}), ...(note.sex ? { sex: note.sex } : {}) });
      edit((s) => pruneLegMarks(note.findings.reduce((acc, f) => setFinding(acc, f.id, f.state), withPatient(s))), 'note');
    },
    [edit, remember],
  );
  const answerNext = useCallback(
    (finding: { id: string; label: string }, to: FindingState) => {
      remember(finding.id, finding.label);
      edit((s) => pruneLegMarks(setFinding(s, finding.id, to)), 'ask-next');
    },
    [edit, remember],
  );
  const toggleMark = useCallback((mark: string) => edit((s) => toggleLegMark(s, mark), 'legs'), [edit]);
  const undoPicture = useCallback((findingId: string) => edit((s) => pruneLegMarks(undoPictureFinding(s, findingId)), 'legs'), [edit]);
  const openExample = useCallback((example: CaseState) => edit(() => example, 'example'), [edit]);
  const setOnset = useCallback(
    (findingId: string | undefined) =>
      edit((s) => {
        let next = s;
        for (const c of ONSET_CHOICES) if (c.findingId !== findingId) next = removeFinding(next, c.findingId);
        return findingId ? setFinding(next, findingId, 'present') : next;
      }, 'onset'),
    [edit],
  );
  const setAge = useCallback((age: number | undefined) => edit((s) => ({ ...s, age }), 'age'), [edit]);
  const setSex = useCallback(
    (sex: CaseState['sex']) => edit((s) => ({ ...(sex === 'male' ? removeFinding(s, PREGNANCY_FINDING) : s), sex }), 'sex'),
    [edit],
  );
  const setPregnant = useCallback(
    (on: boolean) => {
      remember(PREGNANCY_FINDING, 'Pregnant or post-partum');
      edit((s) => (on ? setFinding({ ...s, sex: 'female' }, PREGNANCY_FINDING, 'present') : removeFinding(s, PREGNANCY_FINDING)), 'pregnancy');
    },
    [edit, remember],
  );
  const changePresentation = useCallback((change: (s: CaseState) => CaseState) => edit((s) => pruneLegMarks(change(s)), 'presentation'), [edit]);
  const setChip = useCallback((id: string, to: FindingState) => edit((s) => pruneLegMarks(setFinding(s, id, to))), [edit]);
  const removeChip = useCallback((id: string) => edit((s) => pruneLegMarks(removeFinding(s, id))), [edit]);
  return { addFinding, addFromNote, answerNext, toggleMark, undoPicture, openExample, setOnset, setAge, setSex, setPregnant, changePresentation, setChip, removeChip };
}
