'use client';
import { useCallback, useState } from 'react';
import type { LanguageFinding } from '@/lib/language/finding-index';
import type { LexiconFile } from '@/lib/schemas/lexicon';
import type { LanguageTools } from './language-tools';

// One index per page, shared by the typeahead and "Paste a note".
let shared: Promise<LanguageTools | null> | null = null;

function loadShared(): Promise<LanguageTools | null> {
  if (shared) return shared;
  const data = fetch('/api/language').then((response) => {
    if (!response.ok) throw new Error(`catalog data: ${response.status}`);
    return response.json() as Promise<{ findings: LanguageFinding[]; lexicon: LexiconFile[] }>;
  });
  // The code comes with the data, in parallel: neither is in the page's first load.
  shared = Promise.all([data, import('./language-tools')])
    .then(([loaded, tools]) => tools.buildLanguageTools(loaded))
    .catch(() => {
      shared = null; // try again on the next use
      return null;
    });
  return shared;
}

/**
 * The language index built in the browser from catalog data (GET /api/language: findings' words
 * and the lexicon, no patient data), fetched once per page on first use, so what the clinician
 * types or pastes is read here and never sent anywhere.
 */
export function useLanguageIndex(): { load: () => Promise<LanguageTools | null>; status: 'idle' | 'loading' | 'ready' | 'error' } {
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const load = useCallback(() => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    return loadShared().then((tools) => {
      setStatus(tools ? 'ready' : 'error');
      return tools;
    });
  }, []);
  return { load, status };
}
