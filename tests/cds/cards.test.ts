import { describe, expect, it } from 'vitest';
import { cardsFor } from '@/lib/cds/cards';
import { summary } from '@/lib/cds/markdown';
import type { CardContext } from '@/lib/cds/types';
import { differentialFromResources } from '@/lib/fhir/import';
import type { InResource } from '@/lib/fhir/input-schema';
import { readCaseParams } from '@/lib/case-url';
import { zDifferentialInput } from '@/lib/schemas/api';
import { NOW, hpoObservation, icdCondition, labObservation, snapshot } from './catalog';
import { specIssues, zSpecResponse } from './spec-model';

const BASE = 'https://numbdx.example.org';

function cardsOf(resources: unknown[], notes: string[] = []) {
  let n = 0;
  const context: CardContext = {
    baseUrl: BASE,
    patientId: 'pat-1',
    encounterId: 'enc-9',
    causeName: (id) => snapshot.causeById.get(id)!.name,
    findingLabel: (id) => snapshot.findingById.get(id)!.label,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
  const { reading, differential } = differentialFromResources(snapshot, resources as InResource[], NOW);
  return { response: cardsFor(differential, reading, notes, context), reading, differential };
}

const patient = { resourceType: 'Patient', birthDate: '1971-03-02', gender: 'male' };
const emergency = [patient, hpoObservation('HP:0000016', { code: { coding: [{ system: 'http://human-phenotype-ontology.org', code: 'HP:0000016', display: 'Urinary retention' }] } }), icdCondition('E11.9')];

describe('cards for an emergency (urinary retention: cauda equina red flag)', () => {
  const { response, differential } = cardsOf(emergency);

  it('follow the CDS Hooks response model', () => {
    expect(specIssues(zSpecResponse, response)).toEqual([]);
  });

  it('include one critical card per emergency red flag, with the action in the detail and the cause page as source', () => {
    const emergencies = differential.alerts.filter((a) => a.level === 'emergency');
    expect(emergencies.map((a) => a.ruleId)).toContain('cauda-equina');
    const critical = response.cards.filter((c) => c.indicator === 'critical');
    expect(critical).toHaveLength(emergencies.length);
    const cauda = critical.find((c) => /cauda equina/i.test(c.summary))!;
    const alert = emergencies.find((a) => a.ruleId === 'cauda-equina')!;
    expect(cauda.summary.length).toBeLessThan(140);
    expect(cauda.detail).toContain('**Action:**');
    expect(cauda.detail).toContain(alert.action.slice(0, 40));
    expect(cauda.detail).toContain('Urinary retention');
    expect(cauda.source).toEqual({ label: `NumbDx: ${snapshot.causeById.get(alert.causeIds[0]!)!.name}`, url: `${BASE}/causes/${alert.causeIds[0]}` });
    expect(response.cards[0]!.indicator).toBe('critical');
  });

  it('end with an info card: leading causes, workup as draft ServiceRequest suggestions, and the workspace link', () => {
    const info = response.cards.at(-1)!;
    expect(info.indicator).toBe('info');
    expect(info.detail).toContain('**Leading causes**');
    expect(info.selectionBehavior).toBe('any');
    expect(info.suggestions!.length).toBeGreaterThan(0);
    for (const suggestion of info.suggestions!) {
      const [action] = suggestion.actions;
      expect(action!.type).toBe('create');
      expect(action!.resource).toMatchObject({ resourceType: 'ServiceRequest', status: 'draft', subject: { reference: 'Patient/pat-1' }, encounter: { reference: 'Encounter/enc-9' } });
    }
    const orderable = differential.workup.filter((t) => t.kind !== 'bedside').slice(0, info.suggestions!.length);
    expect(info.suggestions!.map((s) => s.label)).toEqual(orderable.map((t) => `Order ${t.name}`));
    expect(orderable.some((t) => t.codes.length > 0)).toBe(true);
    for (const test of orderable.filter((t) => t.codes.length > 0)) {
      const resource = info.suggestions!.find((s) => s.label === `Order ${test.name}`)!.actions[0]!.resource as { code: { coding: { code: string }[] } };
      expect(resource.code.coding.map((c) => c.code)).toEqual(test.codes.map((c) => c.code));
    }
    const [link] = info.links!;
    expect(link!.type).toBe('absolute');
    const url = new URL(link!.url);
    expect(url.origin + url.pathname).toBe(`${BASE}/`);
    const parsed = zDifferentialInput.safeParse(readCaseParams(url.searchParams));
    expect(parsed.success && parsed.data).toMatchObject({ present: ['urinary-retention', 'diabetes'], absent: [], age: 55, sex: 'male' });
  });
});

describe('cards name what could not be used', () => {
  it('list unmapped codes and data notes in the info card detail, with counts for repeats', () => {
    const { response } = cardsOf(
      [hpoObservation('HP:0000016'), labObservation('2093-3', 5, 'mmol/L'), labObservation('2093-3', 6, 'mmol/L'), icdCondition('J45.909')],
      ['Conditions: not provided.'],
    );
    const detail = response.cards.at(-1)!.detail!;
    expect(detail).toContain('- Observation LOINC 2093-3: no catalog finding for this LOINC code (×2)');
    expect(detail).toContain('- Condition ICD-10-CM J45.909: no catalog finding for this code');
    expect(detail).toContain('**Data not available**\n- Conditions: not provided.');
  });

  it('answer a record with no usable finding with one info card that says so and names the codes', () => {
    const { response } = cardsOf([patient, icdCondition('J45.909')]);
    expect(response.cards).toHaveLength(1);
    expect(response.cards[0]).toMatchObject({ indicator: 'info', summary: expect.stringContaining('no coded finding') });
    expect(response.cards[0]!.detail).toContain('J45.909');
    expect(specIssues(zSpecResponse, response)).toEqual([]);
  });

  it('escape Markdown and HTML in codes and displays that came from the EHR', () => {
    const hostile = { resourceType: 'Condition', code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J45.909', display: '<img src=x onerror=alert(1)> [click](javascript:x)' }] } };
    const detail = cardsOf([hpoObservation('HP:0000016'), hostile]).response.cards.at(-1)!.detail!;
    expect(detail).not.toContain('<img');
    expect(detail).not.toContain('[click](');
    expect(detail).toContain('&lt;img');
  });
});

describe('summary', () => {
  it('keeps short text and cuts long text at a word, under 140 characters', () => {
    expect(summary('Short.')).toBe('Short.');
    const long = summary('word '.repeat(60));
    expect(long.length).toBeLessThan(140);
    expect(long.endsWith('word…')).toBe(true);
  });
});
