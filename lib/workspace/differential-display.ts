// How the workspace lays out the ranked differential; universal (the server page trims what it
// sends by it, the list component renders by it).

/** Causes listed before the "Show causes 11–…" disclosure; a server-rendered page sends only these. */
export const DIFFERENTIAL_SHOWN_FIRST = 10;
