'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { CantMissList } from './cant-miss-list';
import { CaseActions } from './case-actions';
import { caseUrl, differentialQuery } from '@/lib/workspace/case-query';
import { describeChange, stableOrder } from '@/lib/workspace/case-change';
import { isEmptyCase, removeFinding, setFinding, type CaseState, type FindingState } from '@/lib/workspace/case-state';
import { caseAsText } from '@/lib/workspace/case-text';
import { copyText } from './copy-text';
import { DifferentialList } from './differential-list';
import { EmergencyPromptBox } from './emergency-prompt';
import { EnteredFindings } from './entered-findings';
import { ExampleCases } from './example-cases';
import { FindingPicker } from './finding-picker';
import { PasteNote, type NoteReading } from './paste-note';
import { LegMap } from './leg-map';
import { pictureFindingIds, pruneLegMarks, toggleLegMark, undoPictureFinding, unsidedRegionIds } from '@/lib/workspace/leg-marks';
import { NextFindings } from './next-findings';
import { OnsetQuickChoices } from './onset-quick-choices';
import { ONSET_CHOICES, PREGNANCY_FINDING } from '@/lib/workspace/patient-context';
import { saveLastCase } from './last-case';
import { TreatmentCautions } from './treatment-cautions';
import { PatientQuickInputs } from './patient-quick-inputs';
import { PresentationQuickChoices } from './presentation-quick-choices';
import { PhoneSummary } from './phone-summary';
import { RedFlagBanner } from './red-flag-banner';
import { UndoBar } from './undo-bar';
import { useCaseHistory } from './use-case-history';
import { useFindingLabels } from './use-finding-labels';
import { useDifferential } from './use-differential';
import { useUndo } from './use-undo';
import { WorkupPlan } from './workup-plan';

interface WorkspaceProps {
  initialCase: CaseState;
  initialResult: DifferentialResponse;
  /** Labels of the findings the case, the picture and the examples can hold. */
  initialLabels: Record<string, string>;
  /** Why part of the opened link was left out, if it was. */
  notice?: string;
}

const entered = (s: CaseState) => [...s.present, ...s.absent];

/** The clinician workspace: enter the case, read the differential; every edit is in the URL and can be undone. */
export function Workspace({ initialCase, initialResult, initialLabels, notice }: WorkspaceProps) {
  const [state, setState] = useState(initialCase);
  // Entry order of the findings, so a chip keeps its place when switched between present and absent.
  const [order, setOrder] = useState(() => entered(initialCase));
  // The latest case for callbacks, so they stay stable and the memoised panels skip re-rendering.
  const current = useRef(initialCase);
  const { result, status, load } = useDifferential(initialResult, initialCase);
  const { labelOf, causeName, remember } = useFindingLabels(initialLabels, result);
  const pickerInput = useRef<HTMLInputElement>(null);
  const lastEdit = useRef<string>('');
  const undo = useUndo();
  const [undone, setUndone] = useState<string | undefined>(undefined);
  // Bumped by every edit made outside "Ask or examine next": that list then re-ranks.
  const [editToken, setEditToken] = useState(0);

  const show = useCallback(
    (next: CaseState) => {
      current.current = next;
      setState(next);
      setOrder((previous) => stableOrder(previous, entered(next)));
      void load(next);
    },
    [load],
  );
  const record = useCaseHistory(
    initialCase,
    (next) => {
      undo.clear();
      setEditToken((t) => t + 1);
      show(next);
    },
    { urlMayHoldCase: !notice && caseUrl(initialCase) === '/' },
  );

  /** Applies an edit: new state, a history entry (or the same one for a run of age digits), an undo step, new results. */
  const edit = useCallback(
    (change: (state: CaseState) => CaseState, kind = 'finding') => {
      const before = current.current;
      const next = change(before);
      if (caseUrl(next) === caseUrl(before)) return;
      const typingAge = kind === 'age' && lastEdit.current === 'age';
      record(next, { replace: typingAge });
      undo.push({ before, after: next }, typingAge);
      setUndone(undefined);
      lastEdit.current = kind;
      if (kind !== 'ask-next') setEditToken((t) => t + 1);
      show(next);
    },
    [record, show, undo],
  );
  const takeBack = useCallback(() => {
    const last = undo.pop();
    if (!last) return;
    setUndone(describeChange(last.before, last.after, labelOf));
    lastEdit.current = 'undo';
    record(last.before);
    setEditToken((t) => t + 1);
    show(last.before);
  }, [undo, labelOf, record, show]);

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
  const unsided = useMemo(() => unsidedRegionIds(state), [state]);
  const cantMissIds = useMemo(() => new Set(result.cantMiss.map((c) => c.id)), [result]);
  // The header's "Differential" and "Back to your case" return here (this tab only, never the server).
  useEffect(() => saveLastCase(caseUrl(state)), [state]);
  const setOnset = useCallback(
    (findingId: string | undefined) =>
      edit((s) => {
        let next = s;
        for (const c of ONSET_CHOICES) if (c.findingId !== findingId) next = removeFinding(next, c.findingId);
        return findingId ? setFinding(next, findingId, 'present') : next;
      }, 'onset'),
    [edit],
  );

  const query = caseUrl(state).split('?')[1] ?? '';
  const onCopy = async () => {
    const link = new URL(caseUrl(state), window.location.origin).href;
    const text = caseAsText({ state, result, labelOf, causeName, date: new Date().toISOString().slice(0, 10), link });
    return { copied: await copyText(text), text };
  };
  const fromPictureIds = new Set(pictureFindingIds(state));
  const chips = order
    .map((id) => ({ id, label: labelOf(id), state: state.present.includes(id) ? ('present' as const) : ('absent' as const), fromPicture: fromPictureIds.has(id) }))
    .filter((f) => state.present.includes(f.id) || state.absent.includes(f.id));

  const empty = isEmptyCase(state);
  return (
    <>
      <div className="alert-dock">
        <RedFlagBanner alerts={result.alerts} labelOf={labelOf} />
      </div>
      <EmergencyPromptBox prompts={result.emergencyPrompts ?? []} />
      {empty ? null : <PhoneSummary causes={result.causes} />}
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
            onSex={(sex) => edit((s) => ({ ...(sex === 'male' ? removeFinding(s, PREGNANCY_FINDING) : s), sex }), 'sex')}
            pregnant={state.present.includes(PREGNANCY_FINDING)}
            onPregnant={(on) => {
              remember(PREGNANCY_FINDING, 'Pregnant or post-partum');
              edit((s) => (on ? setFinding({ ...s, sex: 'female' }, PREGNANCY_FINDING, 'present') : removeFinding(s, PREGNANCY_FINDING)), 'pregnancy');
            }}
          />
          <OnsetQuickChoices present={state.present} onOnset={setOnset} />
          <PresentationQuickChoices
            state={state}
            implied={result.implied ?? []}
            labelOf={labelOf}
            omit={['onset']}
            onChange={(change) => edit((s) => pruneLegMarks(change(s)), 'presentation')}
          />
          <FindingPicker inputRef={pickerInput} entered={entered(state)} onPick={addFinding} />
          <PasteNote onAdd={addFromNote} />
          <UndoBar change={undo.top ? describeChange(undo.top.before, undo.top.after, labelOf) : undefined} undone={undone} onUndo={takeBack} />
          <EnteredFindings
            findings={chips}
            onSet={(id, to) => edit((s) => pruneLegMarks(setFinding(s, id, to)))}
            onRemove={(id) => edit((s) => pruneLegMarks(removeFinding(s, id)))}
            onEmptied={() => pickerInput.current?.focus()}
          />
          <LegMap
            marks={state.legs}
            unsided={unsided}
            onToggle={toggleMark}
            fromPicture={pictureFindingIds(state).map((id) => ({ id, label: labelOf(id) }))}
            onUndoPicture={undoPicture}
          />
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
              <DifferentialList causes={result.causes} totalCauses={result.totalCauses} cantMissIds={cantMissIds} />
              <CantMissList causes={result.cantMiss} />
              <NextFindings findings={result.nextFindings} editToken={editToken} updating={status === 'loading'} onAnswer={answerNext} />
              <TreatmentCautions cautions={result.treatmentCautions ?? []} causeName={causeName} />
              <WorkupPlan workup={result.workup} causeName={causeName} sex={state.sex} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
