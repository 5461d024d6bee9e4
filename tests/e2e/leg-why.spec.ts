// Issue 12, items 7–8: the leg picture's saddle, territories and stocking levels with a "from the
// picture" list, and each cause's explanation as a chart with a legend.
import { expect, test } from '@playwright/test';
import { chip, expectFindingState, saveScreenshot, settled } from './support';

for (const width of [1366, 390]) {
  test(`the leg picture: saddle, femoral and obturator, stocking levels, each addition undoable (${width} px)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto('/?present=back-pain');
    await page.getByRole('group', { name: /^Saddle area \(S2–S5\)/ }).getByRole('button', { name: 'Mark' }).click();
    await settled(page);
    await expectFindingState(page, 'Saddle anaesthesia', 'present');
    await expect(chip(page, 'Numbness of one leg')).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toBeVisible();

    await page.getByRole('button', { name: 'Nerve territories' }).click();
    await page.getByRole('group', { name: /^Femoral nerve/ }).getByRole('button', { name: 'Left' }).click();
    await page.getByRole('group', { name: /^Obturator nerve/ }).getByRole('button', { name: 'Right' }).click();
    await settled(page);
    await expectFindingState(page, 'Femoral nerve territory sensory loss (front of the thigh)', 'present');

    await page.getByRole('button', { name: 'Stocking', exact: true }).click();
    await page.getByRole('group', { name: /^Stocking level/ }).getByRole('button', { name: 'Mid-shin' }).click();
    await settled(page);
    await expectFindingState(page, 'Stocking-distribution sensory loss', 'present');
    await expect(page.getByRole('img', { name: /Leg picture/ })).toHaveAccessibleName(/Stocking to mid-shin/);

    // Every finding the picture entered is listed with its own undo.
    const undoBoth = page.getByRole('button', { name: 'Undo Numbness of both legs (from the picture)' });
    await expect(undoBoth).toBeVisible();
    await undoBoth.click();
    await settled(page);
    await expect(chip(page, 'Numbness of both legs')).toHaveCount(0);
    await expectFindingState(page, 'Obturator nerve territory sensory loss (inner thigh)', 'present');

    // Every control of the picture is at least 24 × 24 CSS px.
    const sizes = await page.locator('.leg-map button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => e.getBoundingClientRect()));
    for (const box of sizes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await page.locator('.leg-map').scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, `leg-picture-${width}`, { fullPage: false });
  });
}

test('why, as a picture: prior, each finding, posterior, with a legend', async ({ page }, testInfo) => {
  await page.goto('/?present=back-pain,saddle-anaesthesia,urinary-retention&absent=fever&age=45&sex=male');
  const entry = page.locator('.dx-entry').first();
  await entry.locator('summary').first().click();
  await entry.getByText('Why, as a picture').click();
  const chart = entry.getByRole('list', { name: /^Why / });
  await expect(chart.getByRole('listitem').first()).toContainText(/Prior \(prevalence, age, sex\)\s*\d|<1%/);
  await expect(chart.getByRole('listitem').filter({ hasText: 'Saddle anaesthesia' })).toContainText(/LR \d/);
  await expect(chart.getByRole('listitem').last()).toContainText('Posterior');
  await expect(entry.getByText(/ln LR \(likelihood ratio\)/).first()).toBeVisible();
  await entry.scrollIntoViewIfNeeded();
  await saveScreenshot(page, testInfo, 'why-chart-1366', { fullPage: false });

  await page.goto('/causes/cauda-equina-syndrome');
  await expect(page.getByText(/^Evidence grades:/)).toContainText('expert');
});
