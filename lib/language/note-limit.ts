// The note limit on its own (universal): the paste box sets it without loading the note reader.

/** Most characters a note may have (the API answers 413 beyond). */
export const MAX_NOTE_LENGTH = 20_000;
