// Safety scenarios for the neuropathic, metabolic, toxic, infectious, inflammatory and hereditary
// causes (catalog contract §3), run by tests/safety/scenarios.test.ts on the real catalog.
import type { SafetyCase } from '../safety-case';

export const cases: SafetyCase[] = [
  {
    name: 'Abdominal pain attacks, leg weakness, hyponatraemia and dark urine in a young woman: acute porphyria attack',
    source: 'catalog: acute intermittent porphyria',
    present: ['abdominal-pain-attacks', 'bilateral-leg-weakness', 'hyponatraemia', 'dark-urine'],
    age: 28,
    sex: 'female',
    expect: { alert: 'emergency', rules: ['acute-porphyria-attack'], cantMiss: ['acute-intermittent-porphyria'], maxRank: { 'acute-intermittent-porphyria': 3 } },
  },
  {
    name: 'Raised urine porphobilinogen alone fires the porphyria rule',
    source: 'catalog: acute intermittent porphyria',
    present: ['urine-pbg-raised'],
    age: 30,
    sex: 'female',
    expect: { alert: 'emergency', rules: ['acute-porphyria-attack'], cantMiss: ['acute-intermittent-porphyria'] },
  },
  {
    name: 'Abdominal pain without neurological or biochemical features does not fire the porphyria rule',
    source: 'catalog: acute intermittent porphyria',
    present: ['abdominal-pain-attacks'],
    age: 30,
    sex: 'female',
    expect: { alert: 'none', notRules: ['acute-porphyria-attack'] },
  },
  {
    name: 'Smoker with subacute non-length-dependent sensory loss and pseudoathetosis: urgent cancer search',
    source: 'clinical review §9: paraneoplastic sensory neuronopathy',
    present: ['non-length-dependent-sensory-loss', 'sensory-ataxia-pseudoathetosis', 'hand-numbness', 'smoking', 'weight-loss'],
    age: 64,
    sex: 'male',
    expect: { alert: 'urgent', rules: ['paraneoplastic-sensory-neuronopathy'], cantMiss: ['paraneoplastic-sensory-neuronopathy'], maxRank: { 'paraneoplastic-sensory-neuronopathy': 3 } },
  },
  {
    name: 'Anti-Hu antibodies positive',
    source: 'clinical review §9: paraneoplastic sensory neuronopathy',
    present: ['anti-hu-positive'],
    age: 60,
    expect: { alert: 'urgent', rules: ['paraneoplastic-sensory-neuronopathy'], cantMiss: ['paraneoplastic-sensory-neuronopathy'] },
  },
  {
    name: 'Young adult using nitrous oxide with tingling and unsteadiness',
    source: 'clinical review §9: nitrous oxide myeloneuropathy',
    present: ['nitrous-oxide-use', 'tingling-paraesthesia', 'unsteady-gait', 'romberg-positive'],
    age: 22,
    sex: 'male',
    expect: { alert: 'urgent', rules: ['nitrous-oxide-myeloneuropathy'], cantMiss: ['nitrous-oxide-myeloneuropathy'], maxRank: { 'nitrous-oxide-myeloneuropathy': 3 } },
  },
  {
    name: 'Perioral tingling with tetany after thyroid surgery: symptomatic hypocalcaemia',
    source: 'clinical review §9: hypocalcaemia',
    present: ['perioral-paraesthesia', 'tetany', 'tingling-paraesthesia'],
    age: 50,
    sex: 'female',
    expect: { alert: 'urgent', rules: ['symptomatic-hypocalcaemia'], cantMiss: ['hypocalcaemia'], maxRank: { hypocalcaemia: 3 } },
  },
  {
    name: 'Painful neuropathy with Mees lines after gastrointestinal illness: heavy metal poisoning',
    source: 'clinical review §9: heavy metal and solvent neuropathy',
    present: ['burning-pain-feet', 'numbness-feet-bilateral', 'mees-lines', 'abdominal-pain-attacks'],
    age: 40,
    expect: { alert: 'urgent', rules: ['heavy-metal-poisoning'], cantMiss: ['heavy-metal-solvent-neuropathy'], maxRank: { 'heavy-metal-solvent-neuropathy': 5 } },
  },
  {
    name: 'Lightning pains, sensory ataxia and Argyll Robertson pupils: neurosyphilis',
    source: 'clinical review §9: tabes dorsalis',
    present: ['lightning-pains', 'unsteady-gait', 'romberg-positive', 'argyll-robertson-pupils'],
    age: 55,
    sex: 'male',
    expect: { alert: 'urgent', rules: ['neurosyphilis-suspected'], cantMiss: ['tabes-dorsalis'], maxRank: { 'tabes-dorsalis': 3 } },
  },
  {
    name: 'Burning feet with bilateral carpal tunnel syndrome and cardiomyopathy: amyloid',
    source: 'clinical review §9: amyloid neuropathy',
    present: ['burning-pain-feet', 'numbness-feet-bilateral', 'carpal-tunnel-history', 'cardiomyopathy', 'orthostatic-hypotension'],
    age: 66,
    sex: 'male',
    expect: { alert: 'urgent', rules: ['amyloid-neuropathy-suspected'], cantMiss: ['amyloid-neuropathy'], maxRank: { 'amyloid-neuropathy': 3 } },
  },
  {
    name: 'Ordinary stocking numbness in a patient with diabetes fires none of these rules',
    source: 'catalog: diabetic neuropathy',
    present: ['diabetes', 'numbness-feet-bilateral', 'stocking-sensory-loss', 'burning-pain-feet'],
    age: 65,
    expect: {
      alert: 'none',
      notRules: ['acute-porphyria-attack', 'paraneoplastic-sensory-neuronopathy', 'amyloid-neuropathy-suspected', 'heavy-metal-poisoning', 'neurosyphilis-suspected'],
    },
  },
];
