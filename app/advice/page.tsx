import type { Metadata } from 'next';
import Link from 'next/link';
import { ADVICE_KIND_LABEL, ADVICE_KIND_ORDER, listAdvice } from '@/lib/catalog';

// Read at request time: `next build` runs without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Advice for patients' };

/** Patient advice grouped by kind: when to seek care now or soon, prevention, and common questions. */
export default async function AdvicePage() {
  const advice = await listAdvice();
  return (
    <article>
      <h1>Advice for patients</h1>
      <p className="lede">
        Plain-language guidance to share with patients: when numbness needs emergency care or a prompt appointment, how to
        prevent it, and answers to common questions. Each entry links to the causes it concerns.
      </p>
      {ADVICE_KIND_ORDER.map((kind) => {
        const entries = advice.filter((entry) => entry.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`advice-${kind}`}>
            <h2 id={`advice-${kind}`}>{ADVICE_KIND_LABEL[kind]}</h2>
            {entries.map((entry) => (
              <section key={entry.id} aria-labelledby={`advice-entry-${entry.id}`} className="advice-entry">
                <h3 id={`advice-entry-${entry.id}`}>{entry.title}</h3>
                <p>{entry.body}</p>
                {entry.causes.length > 0 ? (
                  <p className="muted small">
                    Concerns:{' '}
                    {entry.causes.map((cause, i) => (
                      <span key={cause.id}>
                        {i > 0 ? ', ' : ''}
                        <Link href={`/causes/${cause.id}`}>{cause.name}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </section>
            ))}
          </section>
        );
      })}
    </article>
  );
}
