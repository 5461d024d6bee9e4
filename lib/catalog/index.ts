// The catalog as the app reads it. Pages and route handlers import from here.
import 'server-only';
export { getCatalogSnapshot, clearCatalogSnapshot, CATALOG_CHECK_INTERVAL_MS, type CatalogSnapshot } from './snapshot';
export { listCauses, getCause, type CauseFilter, type CauseDetail } from './causes';
export { listFindings, getFinding, searchCatalogFindings, type FindingCause, type FindingDetail } from './findings';
export { listTests, getTest, type TestDetail } from './tests';
export { listTreatments, getTreatment, type TreatmentDetail } from './treatments';
export { listAdvice, listAdviceForCauses, listRedFlagRules, ADVICE_KIND_LABEL, ADVICE_KIND_ORDER, type AdviceEntry } from './advice';
export { getDifferential } from './get-differential';
export { snapshotAssetPath, toSnapshotAsset } from './snapshot-asset';
export {
  differentialOn,
  CaseInputError,
  type DifferentialResponse,
  type CantMissCause,
  type EmergencyPrompt,
  type TreatmentCaution,
  type NextFinding,
  type RankedCause,
  type RedFlagAlert,
  type WorkupEntry,
} from './differential';
export * from './types';
export { getLanguageIndex, languageData, rankCatalogFindings } from './language';
