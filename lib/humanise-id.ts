// An id read as words, the last resort when no label is at hand (universal).

/** An id read as words when no label is at hand: "saddle-anaesthesia" → "saddle anaesthesia". */
export function humaniseId(id: string): string {
  return id.replace(/-/g, ' ');
}
