// Rules that span entries: unique ids, references that resolve, nothing left unused.
import { ATTRIBUTE_FINDING_IDS } from '../engine/attributes';
import type { CatalogData } from '../schemas/catalog';
import { findContraindicatedLinks } from './contraindications';

export interface CatalogProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

type Folders = Record<keyof CatalogData, string>;

/** Errors break the catalog; warnings point at entries nothing uses. */
export function crossCheck(data: CatalogData, folder: Folders): { errors: CatalogProblem[]; warnings: CatalogProblem[] } {
  const errors: CatalogProblem[] = [];
  const warnings: CatalogProblem[] = [];
  const ids = {} as Record<keyof CatalogData, Set<string>>;
  for (const section of Object.keys(data) as (keyof CatalogData)[]) {
    ids[section] = new Set();
    for (const entry of data[section]) {
      if (ids[section].has(entry.id)) {
        errors.push({ file: folder[section], entry: entry.id, field: 'id', message: `duplicate ${section} id` });
      }
      ids[section].add(entry.id);
    }
  }
  const used = { findings: new Set<string>(), tests: new Set<string>(), treatments: new Set<string>(), references: new Set<string>() };
  const need = (section: keyof typeof used, id: string, where: { file: string; entry: string; field: string }) => {
    used[section].add(id);
    if (!ids[section].has(id)) errors.push({ ...where, message: `unknown ${section.replace(/s$/, '')} "${id}"` });
  };
  const needSource = (source: string, where: { file: string; entry: string; field: string }) => {
    if (source !== 'estimate') need('references', source, where);
  };

  for (const f of data.findings) {
    needSource(f.backgroundEvidence, { file: folder.findings, entry: f.id, field: 'backgroundEvidence' });
    f.implies?.forEach((id, i) => {
      if (!ids.findings.has(id)) errors.push({ file: folder.findings, entry: f.id, field: `implies.${i}`, message: `unknown finding "${id}"` });
    });
  }
  for (const cycle of implicationCycles(data)) {
    errors.push({ file: folder.findings, entry: cycle[0]!, field: 'implies', message: `implication cycle: ${cycle.join(' → ')}` });
  }
  for (const t of data.tests) t.references.forEach((r, i) => need('references', r, { file: folder.tests, entry: t.id, field: `references.${i}` }));
  for (const t of data.treatments) {
    const where = (field: string) => ({ file: folder.treatments, entry: t.id, field });
    t.references.forEach((r, i) => need('references', r, where(`references.${i}`)));
    t.contraindicatedCauses?.forEach((c, i) => {
      if (!ids.causes.has(c)) errors.push({ ...where(`contraindicatedCauses.${i}`), message: `unknown cause "${c}"` });
    });
    t.contraindicatedFindings?.forEach((f, i) => need('findings', f, where(`contraindicatedFindings.${i}`)));
    t.cautionFindings?.forEach((f, i) => need('findings', f, where(`cautionFindings.${i}`)));
  }

  for (const c of data.causes) {
    const file = `${folder.causes}/${c.id}.json`;
    needSource(c.prevalenceSource, { file, entry: c.id, field: 'prevalenceSource' });
    if (c.attributes) needSource(c.attributes.source, { file, entry: c.id, field: 'attributes.source' });
    const seen = new Set<string>();
    c.findings.forEach((link, i) => {
      // The cause's attributes stand for these findings; a link as well would count the same evidence twice.
      if (ATTRIBUTE_FINDING_IDS.has(link.finding)) {
        errors.push({ file, entry: c.id, field: `findings.${i}.finding`, message: `"${link.finding}" is an attribute value: give it in "attributes", not as a finding link` });
      }
      if (seen.has(link.finding)) errors.push({ file, entry: c.id, field: `findings.${i}.finding`, message: `"${link.finding}" is listed twice` });
      seen.add(link.finding);
      need('findings', link.finding, { file, entry: c.id, field: `findings.${i}.finding` });
      if (link.reference) need('references', link.reference, { file, entry: c.id, field: `findings.${i}.reference` });
    });
    c.tests.forEach((t, i) => need('tests', t.test, { file, entry: c.id, field: `tests.${i}.test` }));
    c.treatments.forEach((t, i) => need('treatments', t.treatment, { file, entry: c.id, field: `treatments.${i}.treatment` }));
    c.references.forEach((r, i) => need('references', r, { file, entry: c.id, field: `references.${i}` }));
    // The attribute entry points are used by every cause's attributes.
    for (const id of ATTRIBUTE_FINDING_IDS) if (ids.findings.has(id)) used.findings.add(id);
  }
  for (const rule of data.redFlags) {
    rule.triggers.forEach((group, g) =>
      group.forEach((f, i) => need('findings', f, { file: folder.redFlags, entry: rule.id, field: `triggers.${g}.${i}` })),
    );
    rule.causes.forEach((c, i) => {
      if (!ids.causes.has(c)) errors.push({ file: folder.redFlags, entry: rule.id, field: `causes.${i}`, message: `unknown cause "${c}"` });
    });
  }
  for (const advice of data.advice) {
    advice.causes.forEach((c, i) => {
      if (!ids.causes.has(c)) errors.push({ file: folder.advice, entry: advice.id, field: `causes.${i}`, message: `unknown cause "${c}"` });
    });
  }

  for (const p of findContraindicatedLinks(data)) {
    errors.push({ file: `${folder.causes}/${p.causeId}.json`, entry: p.causeId, field: `treatments › ${p.treatmentId}`, message: `contraindicated treatment: ${p.reason}` });
  }

  for (const section of ['findings', 'tests', 'treatments', 'references'] as const) {
    for (const id of ids[section]) {
      if (!used[section].has(id)) {
        warnings.push({ file: folder[section], entry: id, field: 'id', message: `no cause or rule uses this ${section.replace(/s$/, '')}` });
      }
    }
  }
  return { errors, warnings };
}

/** Each implication cycle once, as the path of finding ids that closes it (depth-first search). */
export function implicationCycles(data: Pick<CatalogData, 'findings'>): string[][] {
  const next = new Map(data.findings.map((f) => [f.id, f.implies ?? []]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) visit(to, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of next.keys()) visit(id, []);
  return cycles;
}
