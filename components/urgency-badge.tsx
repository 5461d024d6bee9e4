import type { Urgency } from '@/lib/catalog/types';

const LABEL: Record<Urgency, string> = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine' };

/** Urgency as a word on a tinted badge (the word, not the colour, carries the meaning). */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <span className={`badge badge-${urgency}`}>{LABEL[urgency]}</span>;
}

/** "Can't miss" tag for causes that must be actively excluded. */
export function CantMissBadge() {
  return <span className="badge badge-cant-miss">Can’t miss</span>;
}
