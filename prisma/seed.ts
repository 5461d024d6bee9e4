// Loads the catalog's data files into the database in one transaction (`npm run db:seed`).
// Validation comes first, so invalid data changes nothing; the load replaces the whole catalog,
// so running it again gives the same database.
import { CATALOG_DIR, catalogVersion, loadCatalog } from '../lib/catalog/files';
import { createPrismaClient, type Db } from '../lib/prisma-client';
import {
  adviceRows,
  causeReferenceRows,
  causeRows,
  findingLinkRows,
  findingRows,
  redFlagCauseRows,
  redFlagRuleRows,
  referenceRows,
  testLinkRows,
  testReferenceRows,
  testRows,
  treatmentLinkRows,
  treatmentReferenceRows,
  treatmentRows,
  triggerRows,
} from '../lib/catalog/rows';
import { databaseUrl, redactUrl } from '../lib/database-url';
import type { CatalogData } from '../lib/schemas/catalog';
import { isMainModule } from '../scripts/lib/main-module';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

async function clearCatalog(tx: Tx): Promise<void> {
  // Children first, so no foreign key is ever left dangling mid-transaction.
  await tx.redFlagTrigger.deleteMany();
  await tx.redFlagCause.deleteMany();
  await tx.redFlagRule.deleteMany();
  await tx.causeFinding.deleteMany();
  await tx.causeTest.deleteMany();
  await tx.causeTreatment.deleteMany();
  await tx.causeReference.deleteMany();
  await tx.testReference.deleteMany();
  await tx.treatmentReference.deleteMany();
  await tx.cause.deleteMany();
  await tx.finding.deleteMany();
  await tx.test.deleteMany();
  await tx.treatment.deleteMany();
  await tx.reference.deleteMany();
  await tx.advice.deleteMany();
  await tx.catalogMeta.deleteMany();
}

async function insertCatalog(tx: Tx, data: CatalogData, version: string): Promise<void> {
  await tx.reference.createMany({ data: referenceRows(data) });
  await tx.finding.createMany({ data: findingRows(data) });
  await tx.test.createMany({ data: testRows(data) });
  await tx.testReference.createMany({ data: testReferenceRows(data) });
  await tx.treatment.createMany({ data: treatmentRows(data) });
  await tx.treatmentReference.createMany({ data: treatmentReferenceRows(data) });
  await tx.cause.createMany({ data: causeRows(data) });
  await tx.causeFinding.createMany({ data: findingLinkRows(data) });
  await tx.causeTest.createMany({ data: testLinkRows(data) });
  await tx.causeTreatment.createMany({ data: treatmentLinkRows(data) });
  await tx.causeReference.createMany({ data: causeReferenceRows(data) });
  await tx.redFlagRule.createMany({ data: redFlagRuleRows(data) });
  await tx.redFlagTrigger.createMany({ data: triggerRows(data) });
  await tx.redFlagCause.createMany({ data: redFlagCauseRows(data) });
  await tx.advice.createMany({ data: adviceRows(data) });
  await tx.catalogMeta.create({ data: { id: 'catalog', version, seededAt: new Date() } });
}

/** Replaces the catalog in `db` with `data`, in one transaction. */
export async function seedCatalog(db: Db, data: CatalogData, version: string = catalogVersion(data)): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await clearCatalog(tx);
      await insertCatalog(tx, data, version);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export interface SeedOptions {
  /** The catalog folder; default CATALOG_DIR from the environment, else prisma/catalog. */
  dir?: string;
  /** Reload even when the database already holds this catalog version. */
  force?: boolean;
}

/** Validates the data files under `dir` and loads them into the database at `url`. */
export async function seedFromDisk(url: string = databaseUrl(), options: SeedOptions = {}): Promise<string> {
  const { data, warnings } = loadCatalog(options.dir ?? process.env.CATALOG_DIR ?? CATALOG_DIR);
  const version = catalogVersion(data);
  const db = createPrismaClient(url);
  try {
    const current = await db.catalogMeta.findUnique({ where: { id: 'catalog' } });
    if (current?.version === version && !options.force) return `catalog ${version} already loaded`;
    await seedCatalog(db, data, version);
  } finally {
    await db.$disconnect();
  }
  const counts = `${data.causes.length} causes, ${data.findings.length} findings, ${data.tests.length} tests, ${data.treatments.length} treatments, ${data.references.length} references, ${data.redFlags.length} red-flag rules`;
  const warned = warnings.length ? ` (${warnings.length} warning(s): ${warnings.map((w) => `${w.file} › ${w.entry}: ${w.message}`).join('; ')})` : '';
  return `loaded catalog ${version}: ${counts}${warned}`;
}

if (isMainModule(import.meta.url)) {
  const url = databaseUrl();
  seedFromDisk(url, { force: process.argv.includes('--force') })
    .then((summary) => console.log(`Seed ${redactUrl(url)}: ${summary}`))
    .catch((error: unknown) => {
      console.error(`Seed failed, database unchanged.\n${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
