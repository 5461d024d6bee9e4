import type { Metadata } from 'next';
import Link from 'next/link';
import { caseUrl } from '@/lib/workspace/case-query';
import { describeLegMarks, describePatient, workupTestText } from '@/lib/workspace/case-text';
import { groupWorkup, offeredWorkup } from '@/lib/workspace/workup-groups';
import { groupCantMiss } from '@/lib/workspace/cant-miss-groups';
import { Disclaimer } from '@/components/disclaimer';
import { loadCase } from '@/lib/catalog/load-case';
import { PrintButton } from '@/components/print-button';
import { ADVICE_KIND_LABEL, listAdviceForCauses } from '@/lib/catalog';
import { formatProbability, humaniseId } from '@/lib/format';

export const dynamic = 'force-dynamic';
const PRINTED_TESTS = 10;
/** Leading causes whose patient advice is printed, and how many entries fit the page. */
const ADVICE_CAUSES = 3;
const PRINTED_ADVICE = 2;
/** Causes named after each printed test; the workspace names them all. */
const PRINTED_TEST_CAUSES = 2;
export const metadata: Metadata = { title: 'Print view', robots: { index: false } };

/** One printable page: findings entered, red flags, differential, can't-miss, workup, date, disclaimer. */
export default async function PrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { state, result, labels, notice } = await loadCase(params);
  // "What to tell the patient" is added on request, so the clinician's page stays one sheet.
  const withAdvice = params.advice === '1';
  const labelOf = (id: string) => labels[id] ?? humaniseId(id);
  const names = new Map([...result.causes, ...result.cantMiss].map((c) => [c.id, c.name]));
  const causeName = (id: string) => names.get(id) ?? humaniseId(id);
  const legs = describeLegMarks(state.legs);
  const forCauses = (ids: readonly string[]) =>
    ids.slice(0, PRINTED_TEST_CAUSES).map(causeName).join(', ') + (ids.length > PRINTED_TEST_CAUSES ? ` and ${ids.length - PRINTED_TEST_CAUSES} more` : '');
  // One page: the first ten tests by urgency (red-flag-named first); the workspace lists the rest.
  const workup = groupWorkup(result.workup, { sex: state.sex, limit: PRINTED_TESTS });
  const printedTests = workup.reduce((n, g) => n + g.tests.length, 0);
  const furtherTests = offeredWorkup(result.workup, state.sex).length - printedTests;
  // Patient advice for the leading causes and any can't-miss cause, urgent kinds first.
  const adviceCauses = [...result.causes.slice(0, ADVICE_CAUSES), ...result.cantMiss].map((c) => c.id);
  const advice = withAdvice && state.present.length > 0 ? (await listAdviceForCauses(adviceCauses)).slice(0, PRINTED_ADVICE) : [];
  // Every can't-miss cause is named, the urgency once per group, so the sheet stays one page.
  const cantMiss = groupCantMiss(result.cantMiss);
  const here = caseUrl(state, '/print');
  const toggleAdvice = withAdvice ? here : `${here}${here.includes('?') ? '&' : '?'}advice=1`;
  const printed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className="print-page">
      <div className="print-toolbar">
        <PrintButton />
        <Link href={caseUrl(state)} className="button button-quiet">
          Back to the case
        </Link>
        <Link href={toggleAdvice} className="button button-quiet" prefetch={false}>
          {withAdvice ? 'Leave out what to tell the patient' : 'Add what to tell the patient'}
        </Link>
      </div>
      <h1>NumbDx: lower-limb numbness differential</h1>
      <p className="print-meta">
        <span>Printed {printed}</span>
        <span>Catalog {result.catalogVersion.slice(0, 12)}</span>
      </p>
      {notice ? <p className="notice">{notice}</p> : null}
      <section aria-labelledby="print-findings">
        <h2 id="print-findings">Findings entered</h2>
        <p>
          <strong>Patient:</strong> {describePatient(state)}
          <br />
          <strong>Present:</strong> {state.present.map(labelOf).join('; ') || 'none entered'}
          <br />
          <strong>Absent:</strong> {state.absent.map(labelOf).join('; ') || 'none entered'}
          {legs.length > 0 ? (
            <>
              <br />
              <strong>Leg picture:</strong> {legs.join('; ')}
            </>
          ) : null}
        </p>
      </section>
      <section aria-labelledby="print-alerts">
        <h2 id="print-alerts">Red flags</h2>
        {result.alerts.length === 0 ? <p>None fired by what is entered.</p> : null}
        {result.alerts.map((alert) => (
          <div key={alert.ruleId} className="print-alert">
            <strong>{alert.level === 'emergency' ? 'EMERGENCY' : 'URGENT'}: {alert.name}.</strong> {alert.message} <strong>Action:</strong> {alert.action}
          </div>
        ))}
      </section>
      <section aria-labelledby="print-differential">
        <h2 id="print-differential">Differential (of {result.totalCauses} causes)</h2>
        <ol>
          {result.causes.slice(0, 10).map((cause) => (
            <li key={cause.id}>
              {cause.name}: {formatProbability(cause.probability)} <span className="muted">({cause.urgency})</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="print-cant-miss">
        <h2 id="print-cant-miss">Can’t miss</h2>
        {cantMiss.length === 0 ? <p>None supported so far.</p> : null}
        <ul className="print-compact">
          {cantMiss.map(({ urgency, title, causes }) => (
            <li key={urgency}>
              <strong>{title}:</strong> {causes.map((c) => `${c.name} ${formatProbability(c.probability)}`).join('; ')}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="print-workup">
        <h2 id="print-workup">Workup</h2>
        {workup.length === 0 ? <p>No test needed yet to separate the leading causes.</p> : null}
        <ul>
          {workup.map(({ timing, title, tests }) => (
            <li key={timing}>
              <strong>{title}:</strong> {tests.map((t) => workupTestText(t, forCauses(t.helpsWith))).join('; ')}
            </li>
          ))}
        </ul>
        {furtherTests > 0 ? <p className="muted">{furtherTests} further tests in the workspace.</p> : null}
      </section>
      {advice.length > 0 ? (
        <section aria-labelledby="print-advice">
          <h2 id="print-advice">What to tell the patient</h2>
          <ul>
            {advice.map((entry) => (
              <li key={entry.id}>
                <strong>
                  {ADVICE_KIND_LABEL[entry.kind]}: {entry.title}.
                </strong>{' '}
                {entry.body.split('. ')[0]}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Disclaimer />
    </div>
  );
}
