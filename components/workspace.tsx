'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { CantMissList } from './cant-miss-list';
import { CaseActions } from './case-actions';
import { caseUrl, differentialQuery } from '@/lib/workspace/case-query';
import { findingStateOf, isEmptyCase, removeFinding, setFinding, enteredFindings, type CaseState, type FindingState } from '@/lib/workspace/case-state';
import { caseAsText } from '@/lib/workspace/case-text';
import { copyText } from '@/lib/workspace/copy-text';
import { DifferentialList } from './differential-list';
import { EnteredFindings } from './entered-findings';
import { ExampleCases } from './example-cases';
import { FindingPicker } from './finding-picker';
import { PasteNote, type NoteReading } from './paste-note';
import { LegMap } from './leg-map';
import { pruneLegMarks, toggleLegMark, unsidedRegionIds } from '@/lib/workspace/leg-marks';
import { NextFindings } from './next-findings';
import { PatientQuickInputs } from './patient-quick-inputs';
import { PresentationQuickChoices } from './presentation-quick-choices';
import { RedFlagBanner } from './red-flag-banner';
import { useCaseHistory } from './use-case-history';
import { useFindingLabels } from './use-finding-labels';
import { useDifferential } from './use-differential';
import { WorkupPlan } from './workup-plan';

interface WorkspaceProps {
  initialCase: CaseState;
  initialResult: DifferentialResponse;
  /** Labels of the findings the case, the picture and the examples can hold. */
  initialLabels: Record<string, string>;
  /** Why part of the opened link was left out, if it was. */
  notice?: string;
}

/** The clinician workspace: enter the case, read the differential; every edit is in the URL. */
export function Workspace({ initialCase, initialResult, initialLabels, notice }: WorkspaceProps) {
  const [state, setState] = useState(initialCase);
  // The latest case for callbacks, so they stay stable and the memoised panels skip re-rendering.
  const current = useRef(initialCase);
  const { result, status, load } = useDifferential(initialResult);
  const { labelOf, causeName, remember } = useFindingLabels(initialLabels, result);
  const pickerInput = useRef<HTMLInputElement>(null);
  const lastEdit = useRef<string>('');

  const show = useCallback(
    (next: CaseState) => {
      current.current = next;
      setState(next);
      void load(next);
    },
    [load],
  );
  const record = useCaseHistory(initialCase, show);

  /** Applies an edit: new state, a history entry (or the same one for a run of age digits), new results. */
  const edit = useCallback(
    (change: (state: CaseState) => CaseState, kind = 'finding') => {
      const next = change(current.current);
      record(next, { replace: kind === 'age' && lastEdit.current === 'age' });
      lastEdit.current = kind;
      show(next);
    },
    [record, show],
  );
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
  const toggleMark = useCallback((mark: string) => edit((s) => toggleLegMark(s, mark), 'legs'), [edit]);
  const openExample = useCallback((example: CaseState) => edit(() => example, 'example'), [edit]);
  const unsided = useMemo(() => unsidedRegionIds(state), [state]);

  const query = caseUrl(state).split('?')[1] ?? '';
  const onCopy = async () => {
    const link = new URL(caseUrl(state), window.location.origin).href;
    const text = caseAsText({ state, result, labelOf, causeName, date: new Date().toISOString().slice(0, 10), link });
    return { copied: await copyText(text), text };
  };

  const empty = isEmptyCase(state);
  return (
    <>
      <RedFlagBanner alerts={result.alerts} labelOf={labelOf} />
      {notice ? <p className="notice">{notice}</p> : null}
      <div className="workspace">
        <section aria-labelledby="case-heading" className="case-entry">
          <h2 id="case-heading">The case</h2>
          {empty ? null : (
            <a className="jump-to-results" href="#results">
              Jump to the differential
            </a>
          )}
          <PatientQuickInputs
            age={state.age}
            sex={state.sex}
            onAge={(age) => edit((s) => ({ ...s, age }), 'age')}
            onSex={(sex) => edit((s) => ({ ...s, sex }), 'sex')}
          />
          <PresentationQuickChoices
            state={state}
            implied={result.implied ?? []}
            labelOf={labelOf}
            onChange={(change) => edit((s) => pruneLegMarks(change(s)), 'presentation')}
          />
          <FindingPicker inputRef={pickerInput} entered={[...state.present, ...state.absent]} onPick={addFinding} />
          <PasteNote onAdd={addFromNote} />
          <EnteredFindings
            findings={enteredFindings(state).map((f) => ({ ...f, label: labelOf(f.id) }))}
            onToggle={(id) => edit((s) => pruneLegMarks(setFinding(s, id, findingStateOf(s, id) === 'present' ? 'absent' : 'present')))}
            onRemove={(id) => edit((s) => pruneLegMarks(removeFinding(s, id)))}
            onEmptied={() => pickerInput.current?.focus()}
          />
          <LegMap marks={state.legs} unsided={unsided} onToggle={toggleMark} />
        </section>
        <section id="results" aria-labelledby="results-heading" className="results" aria-busy={status === 'loading'} tabIndex={-1}>
          <div className="results-bar">
            <h2 id="results-heading" className="visually-hidden">
              Results
            </h2>
            {empty ? null : <CaseActions caseQuery={query} differentialQuery={differentialQuery(state)} onCopy={onCopy} />}
            <p className={`update-status update-${status}`} role={status === 'error' ? 'alert' : undefined}>
              {status === 'loading' ? 'Updating…' : status === 'error' ? 'Could not update: showing the previous results.' : ''}
            </p>
          </div>
          {empty ? (
            <ExampleCases onOpen={openExample} />
          ) : (
            <>
              <DifferentialList causes={result.causes} totalCauses={result.totalCauses} />
              <CantMissList causes={result.cantMiss} />
              <NextFindings findings={result.nextFindings} onAdd={addFinding} />
              <WorkupPlan workup={result.workup} causeName={causeName} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
