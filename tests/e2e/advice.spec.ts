// The patient advice on screen: the /advice page from the header, each cause page's advice, and the print view.
import { expect, test } from '@playwright/test';

for (const [device, width, height] of [['desktop', 1366, 900], ['phone', 390, 844]] as const) {
  test(`advice page grouped by kind, reached from the header (${device} ${width}px)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('/causes');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Advice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Advice for patients' })).toBeVisible();
    for (const heading of ['Seek care now', 'See a doctor soon', 'Prevention', 'Questions patients ask']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    const urgent = page.getByRole('region', { name: 'Seek care now' });
    await expect(urgent.getByRole('heading', { level: 3, name: /bladder or bowel control/ })).toBeVisible();
    await urgent.getByRole('link', { name: 'Cauda equina syndrome' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /Cauda equina/ })).toBeVisible();
    await page.goto('/advice');
    await page.screenshot({ path: testInfo.outputPath(`advice-${device}.png`), fullPage: false });
  });
}

test('a cause page lists the advice that names it', async ({ page }) => {
  await page.goto('/causes/b12-deficiency');
  await expect(page.getByRole('heading', { level: 2, name: 'Advice for the patient' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Should I take vitamin B12 if I feel numbness in my feet?' })).toBeVisible();
  await page.goto('/causes/fabry-disease');
  await expect(page.getByText('No patient advice names this cause yet.')).toBeVisible();
});

test('the print view adds what to tell the patient', async ({ page }, testInfo) => {
  await page.goto('/print?present=back-pain,saddle-anaesthesia,urinary-retention&age=52&sex=male');
  await expect(page.getByRole('heading', { level: 2, name: 'What to tell the patient' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Add what to tell the patient' }).click();
  await expect(page).toHaveURL(/advice=1/);
  await expect(page.getByRole('heading', { level: 2, name: 'What to tell the patient' })).toBeVisible();
  await expect(page.getByText(/Seek care now: Loss of bladder or bowel control/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('print-advice.png'), fullPage: true });
});
