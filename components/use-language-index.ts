'use client';
import { useCallback, useState } from 'react';
import type { LexiconFile } from '@/lib/schemas/lexicon';
import { buildLanguageIndex, type LanguageFinding, type LanguageIndex } from '@/lib/language/finding-index';
import { compileLexicon } from '@/lib/language/lexicon';

// One index per page, shared by the typeahead and "Paste a note".
let shared: Promise<LanguageIndex | null> | null = null;

function loadShared(): Promise<LanguageIndex | null> {
  shared ??= fetch('/api/language')
    .then((response) => {
      if (!response.ok) throw new Error(`catalog data: ${response.status}`);
      return response.json() as Promise<{ findings: LanguageFinding[]; lexicon: LexiconFile[] }>;
    })
    .then((data) => buildLanguageIndex(data.findings, compileLexicon(data.lexicon)))
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
export function useLanguageIndex(): { load: () => Promise<LanguageIndex | null>; status: 'idle' | 'loading' | 'ready' | 'error' } {
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const load = useCallback(() => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    return loadShared().then((index) => {
      setStatus(index ? 'ready' : 'error');
      return index;
    });
  }, []);
  return { load, status };
}
