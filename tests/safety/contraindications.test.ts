// A cause never lists a treatment whose contraindications name that cause or its defining
// findings (D6 stockings in arterial disease, D7 pyridoxine in B6 toxicity).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { findContraindicatedLinks } from '../../lib/catalog/contraindications';
import type { TCause, TTreatment } from '../../lib/schemas/catalog';

const { data } = loadCatalog();

function cause(id: string, name: string, findings: [string, number][], treatments: string[], synonyms: string[] = []): TCause {
  return {
    ...data.causes[0]!, id, name, synonyms,
    findings: findings.map(([finding, probability]) => ({ finding, probability, evidence: 'estimate' as const })),
    treatments: treatments.map((treatment) => ({ treatment, line: 'first' as const, evidenceLevel: 'C' as const })),
  };
}
function treatment(id: string, extra: Partial<TTreatment>): TTreatment {
  return { ...data.treatments[0]!, id, contraindications: ['None'], contraindicatedCauses: undefined, contraindicatedFindings: undefined, ...extra };
}

describe('findContraindicatedLinks', () => {
  const stockings = treatment('stockings', { contraindicatedCauses: ['pad'], contraindications: ['Peripheral arterial disease or ABPI < 0.8'] });
  const b6 = treatment('b6', { contraindicatedFindings: ['b6-high'], contraindications: ['Sensory neuropathy without proven B6 deficiency'] });
  const lysis = treatment('lysis', { contraindications: ['Recent major surgery, head injury or stroke', 'Aortic dissection'] });

  it.each([
    ['a cause named in contraindicatedCauses', cause('pad', 'Leg artery narrowing', [], ['stockings']), [['pad', 'stockings', 'contraindicatedCauses names the cause']]],
    ['a defining finding named in contraindicatedFindings', cause('tox', 'B6 excess', [['b6-high', 0.8]], ['b6']), [['tox', 'b6', 'contraindicatedFindings names "b6-high", a defining finding of the cause']]],
    ['an uncommon finding of the cause is not defining', cause('def', 'B6 lack', [['b6-high', 0.01]], ['b6']), []],
    ['the cause named in the contraindication text', cause('pad2', 'Peripheral arterial disease', [], ['stockings']), [['pad2', 'stockings', 'contraindication "Peripheral arterial disease or ABPI < 0.8" names "Peripheral arterial disease"']]],
    ['a synonym named in the text', cause('ad', 'Aortic syndrome', [], ['lysis'], ['Aortic dissection']), [['ad', 'lysis', 'contraindication "Aortic dissection" names "Aortic dissection"']]],
    ['a qualified mention ("recent stroke") is another episode', cause('stroke', 'Stroke', [], ['lysis']), []],
    ['a negated mention ("without proven B6 deficiency")', cause('def2', 'B6 deficiency', [], ['b6']), []],
  ] as const)('flags %s', (_name, c, expected) => {
    const got = findContraindicatedLinks({ causes: [c], treatments: [stockings, b6, lysis] }).map((p) => [p.causeId, p.treatmentId, p.reason]);
    expect(got).toEqual(expected);
  });
});

describe('the catalog', () => {
  it('lists no treatment against its own contraindications', () => {
    expect(findContraindicatedLinks(data)).toEqual([]);
  });

  it('states the safety-critical contraindications in structured form', () => {
    const byId = new Map(data.treatments.map((t) => [t.id, t]));
    expect(byId.get('compression-stockings')?.contraindicatedCauses).toEqual(expect.arrayContaining(['peripheral-artery-disease', 'acute-limb-ischaemia']));
    expect(byId.get('pyridoxine')?.contraindicatedCauses).toContain('vitamin-b6-toxicity');
    expect(byId.get('pyridoxine')?.contraindicatedFindings).toEqual(expect.arrayContaining(['b6-high', 'b6-supplement-high-dose']));
  });

  it('offers pyridoxine only for B6 deficiency or isoniazid cover, never for toxicity', () => {
    const withPyridoxine = data.causes.filter((c) => c.treatments.some((t) => t.treatment === 'pyridoxine')).map((c) => c.id);
    expect(withPyridoxine).not.toContain('vitamin-b6-toxicity');
    expect(withPyridoxine).toContain('vitamin-b6-deficiency');
  });
});
