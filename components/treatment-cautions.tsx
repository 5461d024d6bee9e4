import { memo } from 'react';
import { CaseLink } from './case-link';
import type { TreatmentCaution } from '@/lib/catalog';

/** Treatments of the leading causes that this patient's factors contraindicate or caution. */
export const TreatmentCautions = memo(function TreatmentCautions({ cautions, causeName }: { cautions: readonly TreatmentCaution[]; causeName: (id: string) => string }) {
  if (cautions.length === 0) return null;
  return (
    <section aria-labelledby="treatment-cautions-heading" className="panel">
      <h2 id="treatment-cautions-heading">Treatment cautions for this patient</h2>
      <ul className="plain-list">
        {cautions.map((t) => (
          <li key={t.treatmentId}>
            <span className={`case-flag case-flag-${t.level}`}>{t.level === 'contraindicated' ? 'Contraindicated' : 'Caution'}</span>{' '}
            <CaseLink href={`/treatments/${t.treatmentId}`}>{t.name}</CaseLink> <span className="muted small">({t.because.join(', ')}; for {t.causeIds.map(causeName).join(', ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
