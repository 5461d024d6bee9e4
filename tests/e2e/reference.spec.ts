// The reference: causes, findings, tests and treatments, each list and each page.
import { expect, test } from '@playwright/test';

test('causes: filter by category and urgency, and search by words', async ({ page }) => {
  await page.goto('/causes');
  const all = Number((await page.getByRole('status').first().innerText()).match(/\d+/)![0]);
  expect(all).toBeGreaterThan(30);
  await page.getByLabel('Urgency').selectOption('emergency');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/urgency=emergency/);
  const items = page.getByRole('list').filter({ has: page.locator('.badge') }).getByRole('listitem');
  await expect(items.first()).toContainText('Emergency');
  expect(await items.filter({ hasText: 'Routine' }).count()).toBe(0);

  await page.goto('/causes');
  await page.getByLabel('Category').selectOption({ label: 'Vascular' });
  await page.getByLabel('Words').fill('ischaemia');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('link', { name: 'Acute limb ischaemia' })).toBeVisible();
  await expect(page.getByRole('link', { name: /disc herniation/ })).toHaveCount(0);
});

test('a cause page: summary, findings marked cited or estimated, workup, treatment by line, codes, references', async ({ page }) => {
  await page.goto('/causes/cauda-equina-syndrome');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cauda equina syndrome');
  await expect(page.getByText('Emergency').first()).toBeVisible();
  for (const heading of ['Key features', 'Findings', 'Distinguishing features', 'Pitfalls', 'Workup', 'Treatment', 'Prognosis', 'Prevention', 'Codes', 'References']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  const findings = page.getByRole('table', { name: /Findings/ });
  await expect(findings.getByRole('row').nth(1)).toContainText(/%/);
  await expect(findings.getByText(/^(Cited|Estimated)/).first()).toBeVisible();
  await expect(page.getByText(/ICD-10-CM/).first()).toBeVisible();
  await expect(page.getByText(/Last reviewed \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Emergency treatment|First line/ }).first()).toBeVisible();
  // The summary keeps emergency treatment apart from the first line.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('term').filter({ hasText: 'Emergency treatment' })).toBeVisible();
  await expect(summary.getByRole('definition').filter({ hasText: /decompression/i }).first()).toBeVisible();
});

test('a finding page gives the differential for that finding alone', async ({ page }) => {
  await page.goto('/findings');
  await page.getByRole('searchbox', { name: /Search/ }).fill('SLR');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Positive straight leg raise (SLR)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Positive straight leg raise (SLR)');
  await expect(page.getByRole('heading', { name: 'The differential for this finding alone' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in the workspace' })).toHaveAttribute('href', '/?present=slr-positive');
  await expect(page.getByRole('table').getByRole('link', { name: 'Lumbar disc herniation with radiculopathy' })).toBeVisible();
});

test('tests and treatments: lists and pages', async ({ page }) => {
  await page.goto('/tests');
  await expect(page.getByRole('heading', { name: 'Bedside' })).toBeVisible();
  await page.getByRole('link', { name: /HbA1c/ }).first().click();
  await expect(page.getByRole('heading', { name: 'What it shows' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thresholds' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Diabetic peripheral neuropathy' })).toBeVisible();

  await page.goto('/treatments');
  await page.getByRole('link', { name: /Gabapentin/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Used for' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Diabetic peripheral neuropathy' })).toBeVisible();
});

test('unknown ids answer 404 with a way back', async ({ page }) => {
  for (const url of ['/causes/no-such-cause', '/findings/no-such-finding', '/tests/no-such-test', '/treatments/no-such-treatment']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});

test('every page says NumbDx is a clinician reference, not a diagnosis', async ({ page }) => {
  for (const url of ['/', '/causes', '/findings/back-pain', '/tests', '/treatments']) {
    await page.goto(url);
    await expect(page.getByRole('contentinfo')).toContainText('NumbDx is a reference for clinicians, not a diagnosis');
  }
});
