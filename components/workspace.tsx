'use client';
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { caseUrl, differentialQuery } from '@/lib/workspace/case-query';
import { enteredIds as enteredIdsOf, isEmptyCase, type CaseState } from '@/lib/workspace/case-state';
import { pictureFindingIds, unsidedRegionIds } from '@/lib/workspace/leg-marks';
import { PREGNANCY_FINDING } from '@/lib/workspace/patient-context';
import { afterPaint } from './after-paint';
import { CaseActions } from './case-actions';
import { DifferentialList } from './differential-list';
import { EmergencyPromptBox } from './emergency-prompt';
import { EnteredFindings } from './entered-findings';
import { FindingPicker } from './finding-picker';
import { LegMap } from './leg-map';
import { NextFindings } from './next-findings';
import { OnsetQuickChoices } from './onset-quick-choices';
import { PasteNote } from './paste-note';
import { saveLastCase } from './last-case';
import { PatientQuickInputs } from './patient-quick-inputs';
import { PresentationQuickChoices } from './presentation-quick-choices';
import { RedFlagBanner } from './red-flag-banner';
import { useCaseEditor } from './use-case-editor';
import { useCaseEdits } from './use-case-edits';
import { useFindingLabels } from './use-finding-labels';
import { CantMissList, ExampleCases, PhoneSummary, TreatmentCautions, UndoBar, WorkupPlan } from './workspace-panels';

interface WorkspaceProps {
  initialCase: CaseState;
  initialResult: DifferentialResponse;
  /** Labels of the findings the case, the picture and the examples can hold. */
  initialLabels: Record<string, string>;
  /** Why part of the opened link was left out, if it was. */
  notice?: string;
}

const loadCopyCode = () => Promise.all([import('@/lib/workspace/case-text'), import('./copy-text')]);

/** The workspace shows onset as one-tap chips, so the presentation choices leave it out. */
const OMIT_ONSET = ['onset'] as const;

/** The clinician workspace: enter the case, read the differential; every edit is in the URL and can be undone. */
export function Workspace({ initialCase, initialResult, initialLabels, notice }: WorkspaceProps) {
  const { state, order, result, status, edit, takeBack, undoTop, undone, editToken } = useCaseEditor(initialCase, initialResult, {
    urlMayHoldCase: !notice && caseUrl(initialCase) === '/',
  });
  const { labelOf, causeName, remember } = useFindingLabels(initialLabels, result);
  const edits = useCaseEdits(edit, remember);
  const pickerInput = useRef<HTMLInputElement>(null);
  // Keyed by content, not by the case object: most edits leave the leg picture as it was, and
  // the memoised picture (a large SVG) is then not drawn again.
  const unsidedKey = unsidedRegionIds(state).join(',');
  const unsided = useMemo(() => (unsidedKey ? unsidedKey.split(',') : []), [unsidedKey]);
  const cantMissIds = useMemo(() => new Set(result.cantMiss.map((c) => c.id)), [result]);
  // The header's "Differential" and "Back to your case" return here (this tab only, never the
  // server); after the paint, as nothing on screen waits for it.
  useEffect(() => afterPaint(() => saveLastCase(caseUrl(state))), [state]);
  const onEmptied = useCallback(() => pickerInput.current?.focus(), []);
  // Copying reads the case and result of the moment it is clicked.
  const latest = useRef({ state, result, labelOf, causeName });
  useEffect(() => {
    latest.current = { state, result, labelOf, causeName };
  });
  // The note text's and the clipboard's code come after hydration, well before anyone copies (the
  // clipboard wants the click's activation, which a module already loaded keeps).
  const copyCode = useRef<ReturnType<typeof loadCopyCode> | null>(null);
  useEffect(() => {
    copyCode.current = loadCopyCode();
  }, []);
  const onCopy = useCallback(async () => {
    const [{ caseAsText }, { copyText }] = await (copyCode.current ?? loadCopyCode());
    const now = latest.current;
    const link = new URL(caseUrl(now.state), window.location.origin).href;
    const text = caseAsText({ ...now, date: new Date().toISOString().slice(0, 10), link });
    return { copied: await copyText(text), text };
  }, []);

  const query = caseUrl(state).split('?')[1] ?? '';
  const enteredIds = useMemo(() => enteredIdsOf(state), [state]);
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
          <PatientQuickInputs age={state.age} sex={state.sex} onAge={edits.setAge} onSex={edits.setSex} pregnant={state.present.includes(PREGNANCY_FINDING)} onPregnant={edits.setPregnant} />
          <OnsetQuickChoices present={state.present} onOnset={edits.setOnset} />
          <PresentationQuickChoices
            state={state}
            implied={result.implied ?? []}
            labelOf={labelOf}
            omit={OMIT_ONSET}
            onChange={edits.changePresentation}
          />
          <FindingPicker inputRef={pickerInput} entered={enteredIds} onPick={edits.addFinding} />
          <PasteNote onAdd={edits.addFromNote} />
          <Suspense fallback={null}>
            <UndoBar last={undoTop} undone={undone} labelOf={labelOf} onUndo={takeBack} />
          </Suspense>
          <EnteredFindings
            findings={chips}
            onSet={edits.setChip}
            onRemove={edits.removeChip}
            onEmptied={onEmptied}
          />
          <LegMap marks={state.legs} unsided={unsided} onToggle={edits.toggleMark} fromPicture={fromPicture} onUndoPicture={edits.undoPicture} />
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
              <ExampleCases onOpen={edits.openExample} />
            </Suspense>
          ) : (
            <>
              <DifferentialList causes={result.causes} totalCauses={result.totalCauses} cantMissIds={cantMissIds} />
              <Suspense fallback={null}>
                <CantMissList causes={result.cantMiss} />
              </Suspense>
              <NextFindings findings={result.nextFindings} editToken={editToken} updating={status === 'loading'} onAnswer={edits.answerNext} />
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
