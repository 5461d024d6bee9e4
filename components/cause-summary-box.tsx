import type { CauseDetail } from '@/lib/catalog';

/** The top of a cause page in ten seconds: red flags, first-line tests, first treatments. */
export function CauseSummaryBox({ cause }: { cause: CauseDetail }) {
  const firstTests = cause.tests.filter((t) => t.role === 'first_line').map((t) => t.name);
  const firstTreatments = cause.treatments
    .filter((group) => group.line === 'emergency' || group.line === 'first')
    .flatMap((group) => group.entries.map((e) => e.name));
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
        <dt>First treatment</dt>
        <dd>{firstTreatments.length > 0 ? firstTreatments.join('; ') : 'None listed.'}</dd>
      </dl>
    </section>
  );
}
