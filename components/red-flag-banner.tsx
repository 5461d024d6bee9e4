import { memo } from 'react';
import type { RedFlagAlert } from '@/lib/catalog';
import { WarningIcon } from './warning-icon';

interface RedFlagBannerProps {
  alerts: readonly RedFlagAlert[];
  /** Labels of the findings that fired each alert. */
  labelOf: (findingId: string) => string;
}

/** Fired red flags, emergency first, each with the action to take; announced when it appears. */
export const RedFlagBanner = memo(function RedFlagBanner({ alerts, labelOf }: RedFlagBannerProps) {
  return (
    <div role="alert" className="red-flags">
      {alerts.map((alert) => (
        <section key={alert.ruleId} className={`red-flag red-flag-${alert.level}`} aria-labelledby={`red-flag-${alert.ruleId}`}>
          <WarningIcon />
          <div>
            <p className="red-flag-level">{alert.level === 'emergency' ? 'Emergency red flag' : 'Urgent red flag'}</p>
            <h2 id={`red-flag-${alert.ruleId}`} className="red-flag-name">
              {alert.name}
            </h2>
            <p className="red-flag-message">{alert.message}</p>
            <p className="red-flag-action">
              <strong>Action: </strong>
              {alert.action}
            </p>
            <p className="red-flag-because">Because: {alert.findingIds.map(labelOf).join('; ')}</p>
          </div>
        </section>
      ))}
    </div>
  );
});
