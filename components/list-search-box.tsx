/** A search box for a reference list filtered as you type (see LiveListFilter). */
export function ListSearchBox({ id, label, placeholder }: { id: string; label: string; placeholder: string }) {
  return (
    <div className="filters" role="search" aria-label={label}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" placeholder={placeholder} autoComplete="off" />
      </div>
    </div>
  );
}
