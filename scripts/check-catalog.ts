// `npm run catalog:check`: validates the catalog's data files as the seed does and reports
// counts, the share of cited vs estimated probabilities, and warnings. Exits 1 on any problem.
import { CatalogValidationError, catalogVersion, loadCatalog } from '../lib/catalog/files';
import { PUBLISHED_LINK_SHARE_GOAL, catalogStats } from '../lib/catalog/stats';

try {
  const { data, warnings } = loadCatalog(process.env.CATALOG_DIR || undefined);
  const links = data.causes.flatMap((c) => c.findings);
  const cited = links.filter((l) => l.evidence === 'published').length;
  console.log(`Catalog ${catalogVersion(data)} is valid.`);
  console.log(
    `  ${data.causes.length} causes, ${data.findings.length} findings, ${links.length} cause–finding links, ${data.tests.length} tests, ` +
      `${data.treatments.length} treatments, ${data.references.length} references, ${data.redFlags.length} red-flag rules, ${data.advice.length} advice entries`,
  );
  console.log(`  link probabilities: ${cited} cited (${((100 * cited) / Math.max(1, links.length)).toFixed(1)} %), ${links.length - cited} estimated`);
  const stats = catalogStats(data);
  console.log(
    `  counts: causes ${stats.causes}, findings ${stats.findings}, links ${stats.links}, share cited ${(100 * stats.publishedShare).toFixed(1)} % ` +
      `(goal ${(100 * PUBLISHED_LINK_SHARE_GOAL).toFixed(0)} %)`,
  );
  console.log(`  codes by system: ${Object.entries(stats.codesBySystem).map(([system, n]) => `${system} ${n}`).join(', ')}`);
  for (const w of warnings) console.log(`  warning: ${w.file} › ${w.entry} › ${w.field}: ${w.message}`);
  console.log(`  ${warnings.length} warning(s)`);
  process.exit(warnings.length === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof CatalogValidationError ? error.message : error);
  process.exit(1);
}
