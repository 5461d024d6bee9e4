'use client';
// The workspace's panels that are not in the page's first load, as lazy components; the workspace
// renders each inside its own Suspense boundary.
import { lazy } from 'react';

// Not in the page's first load (goal: 150 KB gzip, of which React and the Next router are ~135).
// These panels are server-rendered with the rest, and their code is fetched as the page hydrates:
// React keeps the server's HTML on screen until it arrives (each in its own Suspense boundary), so
// the first paint is unchanged and the rest of the page is interactive without waiting for them.
export const LegMap = lazy(() => import('./leg-map').then((m) => ({ default: m.LegMap })));
export const CantMissList = lazy(() => import('./cant-miss-list').then((m) => ({ default: m.CantMissList })));
export const TreatmentCautions = lazy(() => import('./treatment-cautions').then((m) => ({ default: m.TreatmentCautions })));
export const WorkupPlan = lazy(() => import('./workup-plan').then((m) => ({ default: m.WorkupPlan })));
export const CaseActions = lazy(() => import('./case-actions').then((m) => ({ default: m.CaseActions })));
export const UndoBar = lazy(() => import('./undo-bar').then((m) => ({ default: m.UndoBar })));
export const NextFindings = lazy(() => import('./next-findings').then((m) => ({ default: m.NextFindings })));
export const PhoneSummary = lazy(() => import('./phone-summary').then((m) => ({ default: m.PhoneSummary })));
// Shown only on an empty case.
export const ExampleCases = lazy(() => import('./example-cases').then((m) => ({ default: m.ExampleCases })));
