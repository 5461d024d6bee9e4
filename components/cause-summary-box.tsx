import type { CauseDetail } from '@/lib/catalog';

/** The top of a cause page in ten seconds: red flags, first-line tests, first treatments. */
export function CauseSummaryBox({ cause }: { cause: CauseDetail }) {
  const firstTests = cause.tests.filter((t) => t.role === 'first_line').map((t) => t.name);
  const namesOn = (line: string) => cause.treatments.filter((group) => group.line === line).flatMap((group) => group.entries.map((e) => e.name));
  // Emergency treatments on their own line: for some causes they answer one complication only
  // (a fasciotomy for a gluteal compartment syndrome), not the usual case the first line treats.
  const emergencyTreatments = namesOn('emergency');
  const firstTreatments = namesOn('first');
  return (
    <section className="summary-box" aria-labelledby="summary-box-heading">
      <h2 id="summary-box-heading">Summary</h2>
      <dl>
        {cause.redFlags.length > 0 ? (
          <>
            <dt>Red flags</dt>
            <dd>{cause.redFlags.map((f) => `${f.name} (${f.level})`).join('; ')}</dd>
          </>
        ) : null}
        {cause.keyFeatures.length > 0 ? (
          <>
            <dt>Key features</dt>
            <dd>{cause.keyFeatures.slice(0, 3).join('; ')}</dd>
          </>
        ) : null}
        <dt>First tests</dt>
        <dd>{firstTests.length > 0 ? firstTests.join('; ') : 'None listed.'}</dd>
        {emergencyTreatments.length > 0 ? (
          <>
            <dt>Emergency treatment</dt>
            <dd>{emergencyTreatments.join('; ')}</dd>
          </>
        ) : null}
        <dt>First treatment</dt>
        <dd>{firstTreatments.length > 0 ? firstTreatments.join('; ') : emergencyTreatments.length > 0 ? 'The emergency treatment above.' : 'None listed.'}</dd>
      </dl>
    </section>
  );
}
