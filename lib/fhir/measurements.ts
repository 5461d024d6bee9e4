// Numeric LOINC results read through the lexicon's analyte thresholds (lib/language/measurements:
// the one module that owns thresholds and unit conversion, shared with typed notes).
import type { Analyte } from '../schemas/lexicon';
import { DEFAULT_ANALYTES, findingsFromMeasurement, toAnalyteUnit } from '../language/measurements';
import type { MeasurementReader } from './lab-results';

/** A reader over `analytes`, limited to findings the catalog holds. */
export function catalogMeasurementReader(knownFindingIds: ReadonlySet<string>, analytes: readonly Analyte[] = DEFAULT_ANALYTES): MeasurementReader {
  const analyteOf = (loinc: string) => analytes.find((a) => a.loinc.includes(loinc));
  return {
    read({ loinc, value, unit, unitText }) {
      const analyte = analyteOf(loinc);
      if (!analyte) return null;
      // The UCUM code first ("umol/L"), then the unit as displayed ("µmol/L"); never a guessed unit.
      const usable = [unit, unitText].find((u) => u !== undefined && toAnalyteUnit(analyte, value, u) !== null);
      if (usable === undefined) return null;
      return findingsFromMeasurement({ analyte: analyte.id, value, unit: usable }, analytes)
        .filter((f) => knownFindingIds.has(f.findingId))
        .map(({ findingId, state }) => ({ findingId, state }));
    },
    findingsOf(loinc) {
      return (analyteOf(loinc)?.rules ?? []).map((r) => r.finding).filter((id) => knownFindingIds.has(id));
    },
  };
}
