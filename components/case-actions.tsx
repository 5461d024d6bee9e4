import { memo, useState } from 'react';

interface CaseActionsProps {
  /** The workspace query for this case ("" when empty). */
  caseQuery: string;
  /** The differential API query for the FHIR download. */
  differentialQuery: string;
  /** Builds the note text and copies it; resolves whether it reached the clipboard. */
  onCopy: () => Promise<{ copied: boolean; text: string }>;
}

/** Print view, copy as text for a note, and the FHIR download of the same case. */
export const CaseActions = memo(function CaseActions({ caseQuery, differentialQuery, onCopy }: CaseActionsProps) {
  const [status, setStatus] = useState('');
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  return (
    <div className="case-actions">
      <a className="button button-quiet" href={`/print${caseQuery ? `?${caseQuery}` : ''}`}>
        Print view
      </a>
      <button
        type="button"
        className="button button-quiet"
        onClick={async () => {
          const { copied, text } = await onCopy();
          setStatus(copied ? 'Copied the case as text.' : 'Could not reach the clipboard: select the text below and copy it.');
          setFallbackText(copied ? null : text);
        }}
      >
        Copy as text
      </button>
      <a className="button button-quiet" href={`/api/differential/fhir${differentialQuery ? `?${differentialQuery}` : ''}`} download>
        Download FHIR
      </a>
      <p className="case-actions-status small" role="status">
        {status}
      </p>
      {fallbackText !== null ? (
        <textarea className="copy-fallback" readOnly aria-label="The case as text" value={fallbackText} rows={8} onFocus={(e) => e.currentTarget.select()} />
      ) : null}
    </div>
  );
});
