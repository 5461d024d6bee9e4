// npm run eval:cases — the model on the published case set (tests/fixtures/cases): accuracy and
// calibration per part, a reliability diagram (docs/reliability.svg), the trace of every miss,
// and (with --fit) the parameters that fit the development part best (never the held-out part).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../lib/catalog/files';
import { snapshotDataFromFiles } from '../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../lib/catalog/snapshot-build';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { DEFAULT_TUNING } from '../lib/engine/parameters';
import { loadPublishedCases } from '../lib/evaluation/cases';
import { developmentLogLoss, fitCalibrationExponents, fitEvidenceExponent, fitTuning, tierRatioProfile } from '../lib/evaluation/fit';
import { calibrationSlope, eceUnderPerfectCalibration, spiegelhalterTest, topPredictions } from '../lib/evaluation/calibration-tests';
import { bootstrapInterval, expectedCalibrationError, type CaseMetrics, type ScoredCase } from '../lib/evaluation/metrics';
import { reliabilitySvg } from '../lib/evaluation/reliability-svg';
import { evaluateCases } from '../lib/evaluation/run';

const root = path.resolve(import.meta.dirname, '..');
const catalog = toEngineCatalog(snapshotDataFromFiles(loadCatalog(path.join(root, 'prisma/catalog')).data));
const cases = loadPublishedCases(path.join(root, 'tests/fixtures/cases'));
const index = buildEngineIndex(catalog);

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;
const row = (label: string, m: CaseMetrics, scored: readonly ScoredCase[]) => {
  const ci = bootstrapInterval(scored, expectedCalibrationError);
  return `${label.padEnd(34)} n=${String(m.cases).padStart(3)}  top-1 ${pct(m.top1)}  top-3 ${pct(m.top3)}  top-10 ${pct(m.top10)}  MRR ${m.mrr.toFixed(3)}  Brier ${m.brier.toFixed(3)}  ECE ${m.ece.toFixed(3)} (95 % CI ${ci.lower.toFixed(2)}–${ci.upper.toFixed(2)})  log loss ${m.logLoss.toFixed(2)}`;
};
// Cases per reliability bin with mean confidence → accuracy, so a reader sees how few cases stand behind each bin.
const binLine = (m: CaseMetrics) =>
  m.bins.filter((b) => b.count > 0).map((b) => `${(b.lower * 100).toFixed(0)}–${(b.upper * 100).toFixed(0)} %: n=${b.count} ${pct(b.meanConfidence).trim()}→${pct(b.accuracy).trim()}`).join('; ');

// What the ECE can show: its noise floor under perfect calibration, and two unbinned tests.
const calibrationLine = (m: CaseMetrics, scored: readonly ScoredCase[]) => {
  const predictions = topPredictions(scored);
  const floor = eceUnderPerfectCalibration(predictions);
  const z = spiegelhalterTest(predictions);
  const fit = calibrationSlope(predictions);
  const est = (e: { value: number; lower: number; upper: number }) => `${e.value.toFixed(2)} (${e.lower.toFixed(2)} to ${e.upper.toFixed(2)})`;
  return [
    `ECE ${m.ece.toFixed(3)} vs perfectly calibrated ${floor.mean.toFixed(3)} (95 % ${floor.lower.toFixed(3)}–${floor.upper.toFixed(3)}; P(≥ observed) ${floor.pAtLeastObserved.toFixed(3)})`,
    z ? `Spiegelhalter z ${z.z.toFixed(2)} (p ${z.pValue.toFixed(3)})` : 'Spiegelhalter z n/a',
    fit ? `slope ${est(fit.slope)}, intercept ${est(fit.intercept)}, in the large ${est(fit.inTheLarge)}` : 'slope n/a',
  ].join('; ');
};

// `--development` prints the development part only (no held-out figures, no diagram), so that a
// session can work on its misses without seeing the held-out part before the end.
const developmentOnly = process.argv.includes('--development');
const parts = developmentOnly ? (['development'] as const) : (['development', 'held-out'] as const);
const withWorkup = evaluateCases(index, cases);
const presentation = evaluateCases(index, cases, true);
console.log(`Published cases: ${cases.length} (${withWorkup.skipped.length} skipped: diagnosis not in the catalog yet)`);
for (const part of parts) {
  console.log(row(`${part}, presentation only`, presentation.metrics[part], presentation.scored[part]));
  console.log(`    bins: ${binLine(presentation.metrics[part])}`);
  console.log(`    calibration: ${calibrationLine(presentation.metrics[part], presentation.scored[part])}`);
  console.log(row(`${part}, with workup results`, withWorkup.metrics[part], withWorkup.scored[part]));
  console.log(`    bins: ${binLine(withWorkup.metrics[part])}`);
  console.log(`    calibration: ${calibrationLine(withWorkup.metrics[part], withWorkup.scored[part])}`);
}

if (!developmentOnly) {
  const svg = reliabilitySvg([
    { title: 'Development (with workup)', bins: withWorkup.metrics.development.bins },
    { title: 'Held-out (with workup)', bins: withWorkup.metrics['held-out'].bins },
    { title: 'Held-out (presentation)', bins: presentation.metrics['held-out'].bins },
  ]);
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  writeFileSync(path.join(root, 'docs/reliability.svg'), svg);
  console.log('Reliability diagram written to docs/reliability.svg');
}

console.log('\nMisses (true cause not first), with workup: finding pulls = weight(top) − weight(truth)');
for (const m of withWorkup.misses.filter((x) => !developmentOnly || x.part === 'development')) {
  const up = m.pulls.filter((p) => p.pull > 0).slice(0, 4).map((p) => `${p.state === 'absent' ? 'no ' : ''}${p.findingId} +${p.pull.toFixed(2)}`);
  const down = m.pulls.filter((p) => p.pull < 0).slice(-3).reverse().map((p) => `${p.state === 'absent' ? 'no ' : ''}${p.findingId} ${p.pull.toFixed(2)}`);
  console.log(`- [${m.part}] ${m.id}: ${m.truth} ranked ${m.truthRank} (${pct(m.truthProbability)}) behind ${m.top} (${pct(m.topProbability)}); prior gap ${m.priorGap.toFixed(2)}`);
  if (up.length) console.log(`    for ${m.top}: ${up.join(', ')}`);
  if (down.length) console.log(`    for ${m.truth}: ${down.join(', ')}`);
}
if (withWorkup.skipped.length) console.log(`\nSkipped (diagnosis not in the catalog): ${[...new Set(withWorkup.skipped.map((s) => s.diagnosis))].sort().join(', ')}`);

// Fitting (development part only): `npm run eval:cases -- --fit` searches the free parameters.
if (process.argv.includes('--fit')) {
  console.log('\nPrior: development log loss per tier ratio (geometric series), evidence exponent refitted for each:');
  for (const p of tierRatioProfile(catalog, cases, DEFAULT_TUNING)) console.log(`  ratio ${p.ratio}: exponent ${p.exponent}, log loss ${p.loss.toFixed(3)}`);
  const calibration = fitEvidenceExponent(catalog, cases, DEFAULT_TUNING);
  console.log(`Calibration: evidence exponent with the prior in use ${calibration.exponent} (development log loss ${calibration.loss.toFixed(3)})`);
  const both = fitCalibrationExponents(catalog, cases, DEFAULT_TUNING);
  console.log(`Calibration, both exponents (test results at most 1): bedside ${both.evidenceExponent}, test results ${both.testEvidenceExponent} (development log loss ${both.loss.toFixed(3)})`);
  const free = fitCalibrationExponents(catalog, cases, DEFAULT_TUNING, { testTo: 1.6 });
  console.log(`  unconstrained, for comparison: bedside ${free.evidenceExponent}, test results ${free.testEvidenceExponent} (development log loss ${free.loss.toFixed(3)})`);
  const { tuning, loss, log } = fitTuning(catalog, cases, DEFAULT_TUNING);
  console.log(`\nFree coordinate descent over every knob, for comparison only (development log loss):\n  ${log.join('\n  ')}`);
  console.log(`Best: ${JSON.stringify({ ...tuning, loss: Number(loss.toFixed(3)) })}`);
} else {
  console.log(`\nDevelopment log loss with the parameters in use: ${developmentLogLoss(catalog, cases, DEFAULT_TUNING).toFixed(3)} (refit with --fit)`);
}
