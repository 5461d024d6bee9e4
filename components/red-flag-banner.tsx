import { memo, useEffect, useId, useRef, useState } from 'react';
import type { RedFlagAlert } from '@/lib/catalog';
import { WarningIcon } from './warning-icon';

interface RedFlagBannerProps {
  alerts: readonly RedFlagAlert[];
  /** Labels of the findings that fired each alert. */
  labelOf: (findingId: string) => string;
}

function typingInTextBox(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement && (active.type === 'text' || active.type === 'number' || active.type === 'search');
}

/** One fired rule, compact: level, name and the action on one line; "Action" shows all of it. */
function AlertRow({ alert, labelOf }: { alert: RedFlagAlert; labelOf: (id: string) => string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className={`red-flag red-flag-${alert.level}`} aria-labelledby={`${id}-name`} tabIndex={-1} data-rule={alert.ruleId}>
      <WarningIcon />
      <div className="red-flag-body">
        <p className="red-flag-level">{alert.level === 'emergency' ? 'Emergency red flag' : 'Urgent red flag'}</p>
        <h2 id={`${id}-name`} className="red-flag-name">
          {alert.name}
        </h2>
        <p className={open ? 'red-flag-action' : 'red-flag-action red-flag-action-short'}>
          <strong>Action: </strong>
          {alert.action}
        </p>
        <div id={`${id}-more`} hidden={!open}>
          <p className="red-flag-message">{alert.message}</p>
          <p className="red-flag-because">Because: {alert.findingIds.map(labelOf).join('; ')}</p>
        </div>
      </div>
      <button type="button" className="red-flag-toggle" aria-expanded={open} aria-controls={`${id}-more`} onClick={() => setOpen(!open)}>
        Action
      </button>
    </section>
  );
}

/**
 * Fired red flags, emergency first, pinned to the top of the viewport and announced assertively.
 * When a new rule fires after the page opened, focus moves to it once (unless the clinician is
 * typing in a text box: the pinned banner is then in view and announced, and typing goes on).
 */
export const RedFlagBanner = memo(function RedFlagBanner({ alerts, labelOf }: RedFlagBannerProps) {
  const box = useRef<HTMLDivElement>(null);
  // Rules showing at the last render: a rule fires anew when it was not among them.
  const showing = useRef(new Set(alerts.map((a) => a.ruleId)));
  useEffect(() => {
    const fresh = alerts.filter((a) => !showing.current.has(a.ruleId));
    showing.current = new Set(alerts.map((a) => a.ruleId));
    if (fresh.length === 0) return;
    const first = box.current?.querySelector<HTMLElement>(`[data-rule="${CSS.escape(fresh[0]!.ruleId)}"]`);
    if (!first) return;
    if (typingInTextBox()) first.scrollIntoView({ block: 'nearest' });
    else first.focus({ preventScroll: false });
  }, [alerts]);
  return (
    <div role="alert" aria-live="assertive" className="red-flags" ref={box}>
      {alerts.map((alert) => (
        <AlertRow key={alert.ruleId} alert={alert} labelOf={labelOf} />
      ))}
    </div>
  );
});
