// Issue 12, items 4–5: pregnancy and onset as one click, case-aware treatment cautions and
// pregnancy notes, and navigation that keeps the case (in this tab's storage only).
import { expect, test } from '@playwright/test';
import { chip, expectFindingState, saveScreenshot, settled } from './support';

const MERALGIA = '/?present=lateral-thigh-numbness&age=30&sex=female';

test('"Pregnant or post-partum" beside sex: the case, the treatment cautions and the tests change', async ({ page }, testInfo) => {
  await page.goto(MERALGIA);
  const pregnant = page.getByRole('checkbox', { name: 'Pregnant or post-partum' });
  await pregnant.check();
  await settled(page);
  await expectFindingState(page, 'Pregnant or post-partum', 'present');
  await expect(page).toHaveURL(/pregnancy-postpartum/);

  const cautions = page.getByRole('region', { name: 'Treatment cautions for this patient' });
  await expect(cautions.getByRole('listitem').filter({ hasText: 'Pregabalin' })).toContainText('Caution');
  await expect(cautions.getByRole('listitem').filter({ hasText: 'Non-steroidal anti-inflammatory drugs' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workup' }).getByText(/^In pregnancy:/).first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'pregnancy-workspace-1366');

  // A man is never asked: the setting disappears and the finding goes with it.
  await page.getByRole('radio', { name: 'Male', exact: true }).check();
  await settled(page);
  await expect(pregnant).toHaveCount(0);
  await expect(chip(page, 'Pregnant or post-partum')).toHaveCount(0);
});

test('onset is one click, and one onset at a time', async ({ page }) => {
  await page.goto('/?present=back-pain');
  const onset = page.getByRole('group', { name: 'Onset' });
  await onset.getByRole('radio', { name: 'Sudden' }).check();
  await settled(page);
  await expectFindingState(page, 'Sudden onset (seconds to minutes)', 'present');
  await onset.getByRole('radio', { name: 'Chronic' }).check();
  await settled(page);
  await expect(chip(page, 'Sudden onset (seconds to minutes)')).toHaveCount(0);
  await expectFindingState(page, 'Chronic, gradual onset (months to years)', 'present');
});

test('pages opened from a case mark its treatment cautions and lead back; the header returns to the case', async ({ page }, testInfo) => {
  await page.goto(`${MERALGIA.replace('present=', 'present=pregnancy-postpartum,')}`);
  const caseUrl = page.url();
  const entry = page.locator('.dx-entry').filter({ hasText: 'Meralgia paresthetica' }).first();
  await entry.locator('summary').first().click();
  await entry.getByRole('link', { name: /About Meralgia paresthetica/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meralgia paresthetica' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Pregabalin/ }).getByText('Caution for your case: Pregnant or post-partum')).toBeVisible();
  await saveScreenshot(page, testInfo, 'cause-page-case-flags-1366');

  await page.getByRole('link', { name: 'Pregabalin' }).first().click();
  await expect(page).toHaveURL(/\/treatments\/pregabalin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pregabalin' })).toBeVisible();
  await expect(page.getByText('Caution for your case: Pregnant or post-partum')).toHaveCount(1);
  await page.getByRole('link', { name: '← Back to your case' }).click();
  await expect(page).toHaveURL(caseUrl);
  await expectFindingState(page, 'Pregnant or post-partum', 'present');

  await page.goto('/tests/d-dimer');
  await expect(page.getByRole('region', { name: 'In pregnancy' })).toContainText('rises through normal pregnancy');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Differential' }).click();
  await expect(page).toHaveURL(caseUrl);
  await expectFindingState(page, 'Pregnant or post-partum', 'present');
  await expect(page.getByRole('list', { name: 'Entered findings' }).getByRole('radiogroup')).toHaveCount(2);
});

test('without a case in this tab, the header opens an empty workspace and no "back" link shows', async ({ page }) => {
  await page.goto('/causes/meralgia-paresthetica');
  await expect(page.getByRole('link', { name: '← Back to your case' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Differential' })).toHaveAttribute('href', '/');
});
