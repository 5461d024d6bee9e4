// Numeric LOINC results read through the lexicon's analyte thresholds (lib/language/measurements:
// the one module that owns thresholds and unit conversion, shared with typed notes).
import type { Analyte } from '../schemas/lexicon';
import { DEFAULT_ANALYTES, findingsFromMeasurement, toAnalyteUnit } from '../language/measurements';
import type { MeasurementReader } from './lab-results';

/** A UCUM code as units are usually written: annotations unwrapped ("{1.73_m2}" → "1.73m2"), "10*9" → "10^9". */
export function ucumAsText(code: string): string {
  return code.replace(/\{([^}]*)\}/g, (_m, inner: string) => inner.replace(/_/g, '')).replace(/10\*(\d+)/g, '10^$1');
}

/** A reader over `analytes`, limited to findings the catalog holds. */
export function catalogMeasurementReader(knownFindingIds: ReadonlySet<string>, analytes: readonly Analyte[] = DEFAULT_ANALYTES): MeasurementReader {
  const analyteOf = (loinc: string) => analytes.find((a) => a.loinc.includes(loinc));
  return {
    read({ loinc, value, unit, unitText, comparator }) {
      const analyte = analyteOf(loinc);
      if (!analyte) return null;
      // The UCUM code first ("umol/L"), then the unit as displayed ("µmol/L"); never a guessed unit.
      const usable = [unit, unit === undefined ? undefined : ucumAsText(unit), unitText].find((u) => u !== undefined && toAnalyteUnit(analyte, value, u) !== null);
      if (usable === undefined) return null;
      return findingsFromMeasurement({ analyte: analyte.id, value, unit: usable, comparator }, analytes)
        .filter((f) => knownFindingIds.has(f.findingId))
        .map(({ findingId, state }) => ({ findingId, state }));
    },
    findingsOf(loinc) {
      return (analyteOf(loinc)?.rules ?? []).map((r) => r.finding).filter((id) => knownFindingIds.has(id));
    },
  };
}
