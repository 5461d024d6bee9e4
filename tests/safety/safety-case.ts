// One clinical safety scenario: what the engine must do on the real catalog for a patient.
// Case files live in tests/safety/cases/<area>.ts and export `cases: SafetyCase[]`;
// scenarios.test.ts runs every file there (see docs/clinical-safety.md for the hazards).

export interface SafetyCase {
  name: string;                  // the scenario in clinical words
  source: string;                // 'clinical review D2' | 'seed article: urgent signs' | 'catalog: aortic dissection' ...
  present: string[];
  absent?: string[];
  age?: number;
  sex?: 'female' | 'male';
  expect: {
    alert: 'emergency' | 'urgent' | 'none';   // highest level among fired rules
    rules?: string[];                         // rule ids that must fire
    notRules?: string[];                      // rule ids that must not fire
    cantMiss?: string[];                      // cause ids that must be on the can't-miss list
    maxRank?: Record<string, number>;         // cause id -> worst acceptable 1-based rank
  };
}
