/** A warning triangle drawn inline (no icon font); decorative, the text beside it says the level. */
export function WarningIcon() {
  return (
    <svg className="warning-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M12 2 1 21h22L12 2z" fill="currentColor" />
      <path d="M11 9h2v6h-2zm0 8h2v2h-2z" className="warning-icon-mark" />
    </svg>
  );
}
