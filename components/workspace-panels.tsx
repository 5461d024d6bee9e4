'use client';
// The workspace's panels that are not in the page's first load, as lazy components; the workspace
// renders each inside its own Suspense boundary.
import { lazy } from 'react';

// Not in the page's first load (goal: 150 KB gzip, of which React and the Next router are ~135).
// These panels are server-rendered with the rest, and their code is fetched as the page hydrates:
// React keeps the server's HTML on screen until it arrives (each in its own Suspense boundary), so
// the first paint is unchanged and the rest of the page is interactive without waiting for them.
// Only panels whose controls are links (or native <details>) are here, plus the undo bar, which
// has nothing to click before an edit: a click on a button of a panel still waiting for its code
// would be lost (React 19 does not replay it), so the leg map, the ask-next list and the case
// actions stay in the first load. (The example cases are links: before their code arrives, a
// click loads the example's page.)
// Not the ranked list nor the emergency prompt, although their controls are links and <details>:
// the server streams a lazy panel's HTML in a hidden block that an inline script moves into place,
// so without JavaScript it is never shown, and a shared link must be readable without it.
export const CantMissList = lazy(() => import('./cant-miss-list').then((m) => ({ default: m.CantMissList })));
export const TreatmentCautions = lazy(() => import('./treatment-cautions').then((m) => ({ default: m.TreatmentCautions })));
export const WorkupPlan = lazy(() => import('./workup-plan').then((m) => ({ default: m.WorkupPlan })));
export const UndoBar = lazy(() => import('./undo-bar').then((m) => ({ default: m.UndoBar })));
export const PhoneSummary = lazy(() => import('./phone-summary').then((m) => ({ default: m.PhoneSummary })));
// Shown only on an empty case.
export const ExampleCases = lazy(() => import('./example-cases').then((m) => ({ default: m.ExampleCases })));
