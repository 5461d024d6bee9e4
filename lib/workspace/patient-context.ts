// Patient factors the workspace offers as one-click settings beside age and sex. They are ordinary
// catalog findings, so they travel in the case URL like any other and the engine sees them.

/** "Pregnant or post-partum": a finding (findings/patient-context.json) that implies oestrogen-pregnancy. */
export const PREGNANCY_FINDING = 'pregnancy-postpartum';

/** Onset quick choices: exactly one of these findings is entered at a time. */
export const ONSET_CHOICES: readonly { findingId: string; label: string }[] = [
  { findingId: 'onset-sudden', label: 'Sudden' },
  { findingId: 'onset-acute', label: 'Acute' },
  { findingId: 'onset-subacute', label: 'Subacute' },
  { findingId: 'onset-chronic', label: 'Chronic' },
];
