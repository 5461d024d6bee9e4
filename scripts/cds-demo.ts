// npm run cds:demo -- [base URL]: calls a running NumbDx as an EHR would (discovery, then the
// lower-limb numbness service with the sample patient-view call in scripts/cds-demo-call.json)
// and prints the cards. The sample patient is invented.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const base = (process.argv[2] ?? process.env.NUMBDX_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const call = JSON.parse(readFileSync(path.join(import.meta.dirname, 'cds-demo-call.json'), 'utf8')) as unknown;

interface Card {
  summary: string;
  indicator: string;
  detail?: string;
  source: { label: string; url?: string };
  suggestions?: { label: string; actions?: { resource?: { code?: { coding?: { code: string }[] } } }[] }[];
  links?: { label: string; url: string; type: string }[];
}

async function main(): Promise<void> {
  const discovery = await fetch(`${base}/cds-services`);
  if (!discovery.ok) throw new Error(`GET ${base}/cds-services answered HTTP ${discovery.status}`);
  const { services } = (await discovery.json()) as { services: { id: string; hook: string; title?: string }[] };
  console.log(`Discovery at ${base}/cds-services:`);
  for (const s of services) console.log(`  ${s.id} (${s.hook}): ${s.title ?? ''}`);

  const response = await fetch(`${base}/cds-services/lower-limb-numbness`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(call),
  });
  const body = (await response.json()) as { cards?: Card[]; error?: { code: string; message: string } };
  if (!response.ok || !body.cards) throw new Error(`POST answered HTTP ${response.status}: ${body.error?.message ?? 'no cards'}`);
  console.log(`\nPOST ${base}/cds-services/lower-limb-numbness: ${body.cards.length} card(s)`);
  for (const card of body.cards) {
    console.log(`\n[${card.indicator.toUpperCase()}] ${card.summary}`);
    console.log(`  source: ${card.source.label}${card.source.url ? ` <${card.source.url}>` : ''}`);
    for (const s of card.suggestions ?? []) {
      const codes = s.actions?.[0]?.resource?.code?.coding?.map((c) => c.code).join(', ');
      console.log(`  suggestion: ${s.label}${codes ? ` [${codes}]` : ''}`);
    }
    for (const link of card.links ?? []) console.log(`  link (${link.type}): ${link.label} <${link.url}>`);
    if (card.detail) console.log(card.detail.split('\n').map((line) => `  | ${line}`).join('\n'));
  }
}

main().catch((error: unknown) => {
  console.error(`cds:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
