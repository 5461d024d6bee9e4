import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CatalogValidationError, loadCatalog } from '@/lib/catalog/files';
import { createPrismaClient, type Db } from '@/lib/prisma-client';
import { seedCatalog, seedFromDisk } from '@/prisma/seed';
import { ROOT } from '../support/prepare';
import { createScratchDb, type ScratchDb } from '../support/scratch-db';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'catalog-mini');

/** Every catalog table, in a stable order, without the seed's timestamp. */
async function dump(db: Db) {
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    meta: (await db.catalogMeta.findMany()).map(({ version }) => version),
    references: await db.reference.findMany(byId),
    findings: await db.finding.findMany(byId),
    tests: await db.test.findMany(byId),
    treatments: await db.treatment.findMany(byId),
    causes: await db.cause.findMany(byId),
    causeFindings: await db.causeFinding.findMany({ orderBy: [{ causeId: 'asc' }, { findingId: 'asc' }] }),
    causeTests: await db.causeTest.findMany({ orderBy: [{ causeId: 'asc' }, { testId: 'asc' }] }),
    causeTreatments: await db.causeTreatment.findMany({ orderBy: [{ causeId: 'asc' }, { treatmentId: 'asc' }] }),
    rules: await db.redFlagRule.findMany(byId),
    triggers: await db.redFlagTrigger.findMany({ orderBy: [{ ruleId: 'asc' }, { group: 'asc' }, { findingId: 'asc' }] }),
    advice: await db.advice.findMany(byId),
  };
}

/** A copy of the fixture with one file rewritten by `edit`. */
function brokenFixture(file: string, edit: (json: never) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'numbdx-broken-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, 'utf8')) as never;
  edit(json);
  writeFileSync(target, JSON.stringify(json));
  return dir;
}

interface Link { finding: string; probability: number }
interface Coded { id: string; kind: string; codes: { code: string }[] }

const INVALID_EDITS: [file: string, entry: string, field: string, edit: (json: never) => void][] = [
  ['causes/diabetic-neuropathy.json', 'diabetic-neuropathy', 'findings.0.probability', (c: { findings: Link[] }) => { c.findings[0]!.probability = 1.5; }],
  ['findings/all.json', 'slr-positive', 'kind', (list: Coded[]) => { list.find((f) => f.id === 'slr-positive')!.kind = 'feeling'; }],
  ['tests/all.json', 'hba1c', 'codes.0.code', (list: Coded[]) => { list.find((t) => t.id === 'hba1c')!.codes[0]!.code = '4548-5'; }],
  ['causes/cauda-equina-syndrome.json', 'cauda-equina-syndrome', 'findings.0.finding', (c: { findings: Link[] }) => { c.findings[0]!.finding = 'no-such-finding'; }],
];

describe('seed', () => {
  let scratch: ScratchDb;
  let db: Db;

  beforeAll(async () => {
    scratch = await createScratchDb(inject('databaseUrl'));
    db = createPrismaClient(scratch.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await scratch.drop();
  });

  it('loads the catalog, and loading it again gives the same database', async () => {
    await seedFromDisk(scratch.url, { dir: FIXTURE });
    const first = await dump(db);
    expect(first.causes.map((c) => c.id)).toEqual(['cauda-equina-syndrome', 'diabetic-neuropathy', 'lumbar-disc-herniation']);
    expect(first.causeFindings).toHaveLength(18);
    await seedFromDisk(scratch.url, { dir: FIXTURE, force: true });
    expect(await dump(db)).toEqual(first);
  });

  it.each(INVALID_EDITS)('rejects invalid data in %s (entry %s, field %s) and changes nothing', async (file, entry, field, edit) => {
    await seedFromDisk(scratch.url, { dir: FIXTURE, force: true });
    const before = await dump(db);
    const dir = brokenFixture(file, edit);
    try {
      const error = await seedFromDisk(scratch.url, { dir, force: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CatalogValidationError);
      const message = (error as Error).message;
      expect(message).toContain(`${file.split('/')[0]}/`);
      expect(message).toContain(` › ${entry} › ${field}: `);
      expect(await dump(db)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls the whole load back when the database refuses a row part-way', async () => {
    await seedFromDisk(scratch.url, { dir: FIXTURE, force: true });
    const before = await dump(db);
    const { data } = loadCatalog(FIXTURE);
    // Bypass validation: a link to a finding that does not exist breaks a foreign key late in the load.
    const broken = structuredClone(data);
    broken.causes[0]!.findings.push({ finding: 'not-in-catalog', probability: 0.5, evidence: 'estimate' });
    await expect(seedCatalog(db, broken, 'broken')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
