// Safety scenarios for the sciatic neuropathy and thiamine deficiency causes (issue 11, the wider
// differential), run by tests/safety/scenarios.test.ts on the real catalog.
import type { SafetyCase } from '../safety-case';

export const cases: SafetyCase[] = [
  {
    name: 'Vomiting for weeks after a gastric bypass, then rapidly ascending weakness and nystagmus with confusion: thiamine deficiency beside Guillain-Barré syndrome',
    source: 'catalog: thiamine deficiency (bariatric beriberi mimicking GBS)',
    present: ['bariatric-surgery', 'prolonged-vomiting', 'rapidly-ascending-weakness', 'areflexia-generalised', 'wernicke-signs'],
    age: 35,
    sex: 'female',
    expect: {
      alert: 'emergency',
      rules: ['wernicke-encephalopathy', 'guillain-barre'],
      cantMiss: ['thiamine-deficiency', 'guillain-barre-syndrome'],
      maxRank: { 'thiamine-deficiency': 1 },
    },
  },
  {
    name: 'Hyperemesis gravidarum with subacute leg weakness and absent ankle jerks, no eye signs: thiamine deficiency ranks high and stays on the can\'t-miss list',
    source: 'catalog: thiamine deficiency (hyperemesis gravidarum)',
    present: ['pregnancy-postpartum', 'prolonged-vomiting', 'bilateral-leg-weakness', 'ankle-reflex-absent-bilateral', 'numbness-feet-bilateral', 'onset-subacute'],
    absent: ['wernicke-signs'],
    age: 26,
    sex: 'female',
    expect: { alert: 'urgent', rules: ['progressive-leg-weakness'], notRules: ['wernicke-encephalopathy'], cantMiss: ['thiamine-deficiency'], maxRank: { 'thiamine-deficiency': 3 } },
  },
  {
    name: 'Found after hours unconscious with a tense buttock, foot drop and raised CK: the compartment rule fires and sciatic neuropathy leads the differential',
    source: 'catalog: sciatic neuropathy (gluteal compartment syndrome, buttock-crush syndrome)',
    present: ['prolonged-compression-episode', 'tense-compartment', 'foot-drop', 'plantarflexion-weakness', 'numbness-one-leg', 'ck-raised'],
    age: 31,
    sex: 'male',
    expect: { alert: 'emergency', rules: ['compartment-syndrome'], cantMiss: ['acute-compartment-syndrome'], maxRank: { 'sciatic-neuropathy': 2 } },
  },
];
