'use client';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { caseUrl, differentialQuery } from '@/lib/workspace/case-query';
import { describeChange, stableOrder } from '@/lib/workspace/case-change';
import { isEmptyCase, removeFinding, setFinding, type CaseState, type FindingState } from '@/lib/workspace/case-state';
import { afterPaint } from './after-paint';
import { CaseActions } from './case-actions';
import { copyText } from './copy-text';
import { DifferentialList } from './differential-list';
import { EmergencyPromptBox } from './emergency-prompt';
import { EnteredFindings } from './entered-findings';
import { FindingPicker } from './finding-picker';
import { LegMap } from './leg-map';
import { NextFindings } from './next-findings';
import { PasteNote, type NoteReading } from './paste-note';
import { pictureFindingIds, pruneLegMarks, toggleLegMark, undoPictureFinding, unsidedRegionIds } from '@/lib/workspace/leg-marks';
import { OnsetQuickChoices } from './onset-quick-choices';
import { ONSET_CHOICES, PREGNANCY_FINDING } from '@/lib/workspace/patient-context';
import { saveLastCase } from './last-case';
import { PatientQuickInputs } from './patient-quick-inputs';
import { PresentationQuickChoices } from './presentation-quick-choices';
import { RedFlagBanner } from './red-flag-banner';
import { useCaseHistory } from './use-case-history';
import { useFindingLabels } from './use-finding-labels';
import { useDifferential } from './use-differential';
import { useUndo } from './use-undo';
import { CantMissList, ExampleCases, PhoneSummary, TreatmentCautions, UndoBar, WorkupPlan } from './workspace-panels';

interface WorkspaceProps {
  initialCase: CaseState;
  initialResult: DifferentialResponse;
  /** Labels of the findings the case, the picture and the examples can hold. */
  initialLabels: Record<string, string>;
  /** Why part of the opened link was left out, if it was. */
  notice?: string;
}

const entered = (s: CaseState) => [...s.present, ...s.absent];
/** The workspace shows onset as one-tap chips, so the presentation choices leave it out. */
const OMIT_ONSET = ['onset'] as const;

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
  // Its functions are stable; the object holding them is not, so callbacks name them singly.
  const { top: undoTop, push: pushUndo, pop: popUndo, clear: clearUndo } = useUndo();
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
      clearUndo();
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
      pushUndo({ before, after: next }, typingAge);
      setUndone(undefined);
      lastEdit.current = kind;
      if (kind !== 'ask-next') setEditToken((t) => t + 1);
      show(next);
    },
    [record, show, pushUndo],
  );
  const takeBack = useCallback(() => {
    const last = popUndo();
    if (!last) return;
    setUndone(describeChange(last.before, last.after, labelOf));
    lastEdit.current = 'undo';
    record(last.before);
    setEditToken((t) => t + 1);
    show(last.before);
  }, [popUndo, labelOf, record, show]);

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
  // Keyed by content, not by the case object: most edits leave the leg picture as it was, and
  // the memoised picture (a large SVG) is then not drawn again.
  const unsidedKey = unsidedRegionIds(state).join(',');
  const unsided = useMemo(() => (unsidedKey ? unsidedKey.split(',') : []), [unsidedKey]);
  const cantMissIds = useMemo(() => new Set(result.cantMiss.map((c) => c.id)), [result]);
  // The header's "Differential" and "Back to your case" return here (this tab only, never the
  // server); after the paint, as nothing on screen waits for it.
  useEffect(() => afterPaint(() => saveLastCase(caseUrl(state))), [state]);
  const setOnset = useCallback(
    (findingId: string | undefined) =>
      edit((s) => {
        let next = s;
        for (const c of ONSET_CHOICES) if (c.findingId !== findingId) next = removeFinding(next, c.findingId);
        return findingId ? setFinding(next, findingId, 'present') : next;
      }, 'onset'),
    [edit],
  );

  // Callbacks handed to the panels keep their identity across edits, so a memoised panel whose
  // own props did not change is skipped (its inputs are then not rewritten either).
  const onAge = useCallback((age: number | undefined) => edit((s) => ({ ...s, age }), 'age'), [edit]);
  const onSex = useCallback(
    (sex: CaseState['sex']) => edit((s) => ({ ...(sex === 'male' ? removeFinding(s, PREGNANCY_FINDING) : s), sex }), 'sex'),
    [edit],
  );
  const onPregnant = useCallback(
    (on: boolean) => {
      remember(PREGNANCY_FINDING, 'Pregnant or post-partum');
      edit((s) => (on ? setFinding({ ...s, sex: 'female' }, PREGNANCY_FINDING, 'present') : removeFinding(s, PREGNANCY_FINDING)), 'pregnancy');
    },
    [edit, remember],
  );
  const onPresentation = useCallback((change: (s: CaseState) => CaseState) => edit((s) => pruneLegMarks(change(s)), 'presentation'), [edit]);
  const onSetChip = useCallback((id: string, to: FindingState) => edit((s) => pruneLegMarks(setFinding(s, id, to))), [edit]);
  const onRemoveChip = useCallback((id: string) => edit((s) => pruneLegMarks(removeFinding(s, id))), [edit]);
  const onEmptied = useCallback(() => pickerInput.current?.focus(), []);
  // Copying reads the case and result of the moment it is clicked.
  const latest = useRef({ state, result, labelOf, causeName });
  useEffect(() => {
    latest.current = { state, result, labelOf, causeName };
  });
  // The note text's code comes after hydration, well before anyone copies (the clipboard wants
  // the click's activation, which a module already loaded keeps).
  const caseText = useRef<Promise<typeof import('@/lib/workspace/case-text')> | null>(null);
  useEffect(() => {
    caseText.current = import('@/lib/workspace/case-text');
  }, []);
  const onCopy = useCallback(async () => {
    const { caseAsText } = await (caseText.current ?? import('@/lib/workspace/case-text'));
    const now = latest.current;
    const link = new URL(caseUrl(now.state), window.location.origin).href;
    const text = caseAsText({ ...now, date: new Date().toISOString().slice(0, 10), link });
    return { copied: await copyText(text), text };
  }, []);

  const query = caseUrl(state).split('?')[1] ?? '';
  const enteredIds = useMemo(() => entered(state), [state]);
  const pictureKey = pictureFindingIds(state).join(',');
  const pictureIds = useMemo(() => (pictureKey ? pictureKey.split(',') : []), [pictureKey]);
  const pictureLabels = pictureIds.map(labelOf).join('\n');
  const fromPicture = useMemo(() => {
    const labels = pictureLabels.split('\n');
    return pictureIds.map((id, i) => ({ id, label: labels[i] ?? id }));
  }, [pictureIds, pictureLabels]);
  const chips = useMemo(() => {
    const fromPictureIds = new Set(pictureIds);
    return order
      .map((id) => ({ id, label: labelOf(id), state: state.present.includes(id) ? ('present' as const) : ('absent' as const), fromPicture: fromPictureIds.has(id) }))
      .filter((f) => state.present.includes(f.id) || state.absent.includes(f.id));
  }, [order, state, pictureIds, labelOf]);

  const empty = isEmptyCase(state);
  return (
    <>
      <div className="alert-dock">
        <RedFlagBanner alerts={result.alerts} labelOf={labelOf} />
      </div>
      <EmergencyPromptBox prompts={result.emergencyPrompts ?? []} />
      {empty ? null : (
        <Suspense fallback={null}>
          <PhoneSummary causes={result.causes} />
        </Suspense>
      )}
      {notice ? <p className="notice">{notice}</p> : null}
      <div className="workspace">
        <section aria-labelledby="case-heading" className="case-entry">
          <h2 id="case-heading">The case</h2>
          {empty ? null : (
            <a className="jump-to-results" href="#results">
              Jump to the differential
            </a>
          )}
          <PatientQuickInputs age={state.age} sex={state.sex} onAge={onAge} onSex={onSex} pregnant={state.present.includes(PREGNANCY_FINDING)} onPregnant={onPregnant} />
          <OnsetQuickChoices present={state.present} onOnset={setOnset} />
          <PresentationQuickChoices
            state={state}
            implied={result.implied ?? []}
            labelOf={labelOf}
            omit={OMIT_ONSET}
            onChange={onPresentation}
          />
          <FindingPicker inputRef={pickerInput} entered={enteredIds} onPick={addFinding} />
          <PasteNote onAdd={addFromNote} />
          <Suspense fallback={null}>
            <UndoBar change={undoTop ? describeChange(undoTop.before, undoTop.after, labelOf) : undefined} undone={undone} onUndo={takeBack} />
          </Suspense>
          <EnteredFindings
            findings={chips}
            onSet={onSetChip}
            onRemove={onRemoveChip}
            onEmptied={onEmptied}
          />
          <LegMap marks={state.legs} unsided={unsided} onToggle={toggleMark} fromPicture={fromPicture} onUndoPicture={undoPicture} />
        </section>
        <section id="results" aria-labelledby="results-heading" className="results" aria-busy={status === 'loading'} tabIndex={-1}>
          <div className="results-bar">
            <h2 id="results-heading" className="visually-hidden">
              Results
            </h2>
            {empty ? null : (
              <CaseActions caseQuery={query} differentialQuery={differentialQuery(state)} onCopy={onCopy} />
            )}
            <p className={`update-status update-${status}`} role={status === 'error' ? 'alert' : undefined}>
              {status === 'loading' ? 'Updating…' : status === 'error' ? 'Could not update: the catalog has not loaded in this browser (check the connection, then reload). Showing the previous results.' : ''}
            </p>
          </div>
          {empty ? (
            <Suspense fallback={null}>
              <ExampleCases onOpen={openExample} />
            </Suspense>
          ) : (
            <>
              <DifferentialList causes={result.causes} totalCauses={result.totalCauses} cantMissIds={cantMissIds} />
              <Suspense fallback={null}>
                <CantMissList causes={result.cantMiss} />
              </Suspense>
              <NextFindings findings={result.nextFindings} editToken={editToken} updating={status === 'loading'} onAnswer={answerNext} />
              <Suspense fallback={null}>
                <TreatmentCautions cautions={result.treatmentCautions ?? []} causeName={causeName} />
                <WorkupPlan workup={result.workup} causeName={causeName} sex={state.sex} />
              </Suspense>
            </>
          )}
        </section>
      </div>
    </>
  );
}
