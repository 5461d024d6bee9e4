'use client';
import { useEffect, useState } from 'react';
import { normaliseText } from '@/lib/search/normalise';

interface LiveListFilterProps {
  /** The search box to follow (it may belong to a server form that still works without JavaScript). */
  inputId: string;
  /** The element holding the list items; each `li[data-search]` carries its searchable words. */
  targetId: string;
  noun: [singular: string, plural: string];
}

/** True when every word of the query starts a word of the text (order free). */
export function matchesWords(query: string, text: string): boolean {
  const words = normaliseText(text).split(' ');
  return normaliseText(query)
    .split(' ')
    .filter((w) => w !== '')
    .every((q) => words.some((w) => w.startsWith(q)));
}

/** Filters a server-rendered list as the clinician types; groups left empty are hidden too. */
export function LiveListFilter({ inputId, targetId, noun }: LiveListFilterProps) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    const target = document.getElementById(targetId);
    if (!input || !target) return;
    const apply = () => {
      const q = input.value.trim();
      let shown = 0;
      for (const item of target.querySelectorAll<HTMLElement>('li[data-search]')) {
        const hit = q === '' || matchesWords(q, item.dataset.search ?? '');
        item.hidden = !hit;
        if (hit) shown++;
      }
      for (const group of target.querySelectorAll<HTMLElement>('[data-filter-group]')) {
        group.hidden = group.querySelector('li[data-search]:not([hidden])') === null;
      }
      setStatus(q === '' ? '' : `${shown} ${shown === 1 ? noun[0] : noun[1]} match “${q}”.`);
    };
    input.addEventListener('input', apply);
    apply();
    return () => input.removeEventListener('input', apply);
  }, [inputId, targetId, noun]);
  return (
    <p role="status" className="muted small live-filter-status">
      {status}
    </p>
  );
}
