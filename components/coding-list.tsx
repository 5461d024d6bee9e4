import { SYSTEM_LABEL, type Coding } from '@/lib/terminology';

/** Codes as "ICD-10-CM G57.1 Meralgia paresthetica", one a line. */
export function CodingList({ codes }: { codes: readonly Coding[] }) {
  if (codes.length === 0) return <p className="muted">No codes.</p>;
  return (
    <ul className="plain-list">
      {codes.map((coding) => (
        <li key={`${coding.system}|${coding.code}`}>
          <span className="muted">{SYSTEM_LABEL[coding.system] ?? coding.system}</span> <code>{coding.code}</code> {coding.display}
        </li>
      ))}
    </ul>
  );
}
