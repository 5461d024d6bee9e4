'use client';
import { useCallback, useRef, useState } from 'react';
import type { LexiconFile } from '@/lib/schemas/lexicon';
import { buildLanguageIndex, type LanguageFinding, type LanguageIndex } from '@/lib/language/finding-index';
import { compileLexicon } from '@/lib/language/lexicon';

/**
 * The language index built in the browser from catalog data (GET /api/language: findings' words
 * and the lexicon, no patient data), fetched once on first use, so a pasted note is read here and
 * never sent anywhere.
 */
export function useLanguageIndex(): { load: () => Promise<LanguageIndex | null>; status: 'idle' | 'loading' | 'ready' | 'error' } {
  const index = useRef<Promise<LanguageIndex | null> | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const load = useCallback(() => {
    if (!index.current) {
      setStatus('loading');
      index.current = fetch('/api/language')
        .then((response) => {
          if (!response.ok) throw new Error(`catalog data: ${response.status}`);
          return response.json() as Promise<{ findings: LanguageFinding[]; lexicon: LexiconFile[] }>;
        })
        .then((data) => {
          setStatus('ready');
          return buildLanguageIndex(data.findings, compileLexicon(data.lexicon));
        })
        .catch(() => {
          index.current = null;
          setStatus('error');
          return null;
        });
    }
    return index.current;
  }, []);
  return { load, status };
}
