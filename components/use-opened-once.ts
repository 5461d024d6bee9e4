'use client';
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';

/**
 * For a <details> whose content is drawn the first time it is opened: `opened` turns true at the
 * first opening, and stays. It also counts an opening made before the component's code arrived (a
 * native <details> opens without JavaScript, and its toggle event came before React listened).
 */
export function useOpenedOnce() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    // Once, after hydration: a disclosure the clinician opened while the code was on its way.
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = useCallback((event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  }, []);
  return { ref, opened, onToggle };
}
