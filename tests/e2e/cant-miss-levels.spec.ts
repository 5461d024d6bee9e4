// Issue 12 leftovers: one meaning of "Can't miss", the stocking level and the thigh territories
// change the ranking, and the print view lists the workup by urgency.
import { expect, test, type Page } from '@playwright/test';
import { differentialNames, expectFindingState, chip, saveScreenshot, settled } from './support';

const CAUDA = '/?present=back-pain,saddle-anaesthesia,urinary-retention&absent=fever&age=52&sex=male';
const MUST_NOT_MISS = 'Must not be missed when suspected';

/** A cause's row in the /causes list. */
function causeRow(page: Page, name: string) {
  return page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
}

for (const width of [1366, 390]) {
  test(`"Can't miss" means the case's list; reference pages say "${MUST_NOT_MISS}" (${width} px)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto('/causes');
    await expect(causeRow(page, 'Cauda equina syndrome').getByText(MUST_NOT_MISS, { exact: true })).toBeVisible();
    await expect(causeRow(page, 'Meralgia paresthetica').getByText(MUST_NOT_MISS, { exact: true })).toHaveCount(0);
    // No reference badge says "Can't miss": that word belongs to a case.
    await expect(page.getByRole('main').getByText('Can’t miss', { exact: true }).filter({ visible: true })).toHaveCount(0);
    await page.getByText('What “Must not be missed” and “Can’t miss” mean').click();
    await expect(page.getByText(/It describes the cause, not a patient/)).toBeVisible();
    await saveScreenshot(page, testInfo, `causes-legend-${width}`, { fullPage: false });

    await page.goto('/causes/cauda-equina-syndrome');
    await expect(page.getByRole('main').getByText(MUST_NOT_MISS, { exact: true }).first()).toBeVisible();
    await expect(page.getByText('What “Must not be missed” and “Can’t miss” mean')).toBeVisible();
    await expect(page.getByRole('main').getByText('Can’t miss', { exact: true }).filter({ visible: true })).toHaveCount(0);
    await page.goto('/causes/meralgia-paresthetica');
    await expect(page.getByRole('main').getByText(MUST_NOT_MISS, { exact: true })).toHaveCount(0);

    // In the workspace the badge marks exactly the causes of the "Can't miss" list.
    await page.goto(CAUDA);
    await settled(page);
    const listed = await page.getByRole('region', { name: 'Can’t miss' }).getByRole('link').allInnerTexts();
    expect(listed.length).toBeGreaterThan(0);
    const differential = page.getByRole('region', { name: 'Differential' });
    const badged = await differential.getByRole('listitem').filter({ has: page.getByText('Can’t miss', { exact: true }) }).locator('.dx-name').allInnerTexts();
    const shown = new Set(await differential.locator('.dx-name').allInnerTexts());
    expect(badged.sort()).toEqual(listed.filter((name) => shown.has(name)).sort());
    await expect(page.getByText(MUST_NOT_MISS, { exact: true })).toHaveCount(0);

    if (width < 500) {
      // The phone sheet may cut a long cause name, never its probability.
      const rows = page.getByRole('complementary', { name: 'Top three causes' }).getByRole('listitem');
      await expect(rows).toHaveCount(3);
      for (const row of await rows.all()) {
        const [rowBox, probabilityBox] = [await row.boundingBox(), await row.getByText(/^(<1|>99|\d+)%$/).boundingBox()];
        expect(probabilityBox!.x + probabilityBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width + 0.5);
      }
    }
  });

  test(`a stocking to the knees ranks differently from one to the toes (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto('/?age=60');
    await page.getByRole('button', { name: 'Stocking', exact: true }).click();
    const levels = page.getByRole('group', { name: /^Stocking level/ });
    await levels.getByRole('button', { name: 'Toes' }).click();
    await settled(page);
    await expectFindingState(page, 'Stocking-distribution sensory loss', 'present');
    const toes = await differentialNames(page);

    await levels.getByRole('button', { name: 'Knee' }).click();
    await settled(page);
    await expectFindingState(page, 'Stocking sensory loss reaching the knees', 'present');
    await expect(page.getByRole('button', { name: 'Undo Stocking sensory loss reaching the knees (from the picture)' })).toBeVisible();
    const knee = await differentialNames(page);
    expect(knee).not.toEqual(toes);
    const rank = (names: string[], name: string) => (names.indexOf(name) + 1) || 99;
    expect(rank(knee, 'Chronic idiopathic axonal polyneuropathy')).toBeGreaterThan(rank(toes, 'Chronic idiopathic axonal polyneuropathy'));

    // Back to the toes: the knee finding goes, the stocking stays.
    await levels.getByRole('button', { name: 'Toes' }).click();
    await settled(page);
    await expect(chip(page, 'Stocking sensory loss reaching the knees')).toHaveCount(0);
    await expectFindingState(page, 'Stocking-distribution sensory loss', 'present');
  });
}

test('the femoral and obturator territories point at their nerves, not at meralgia', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nerve territories' }).click();
  await page.getByRole('group', { name: /^Femoral nerve/ }).getByRole('button', { name: 'Left' }).click();
  await settled(page);
  const femoral = await differentialNames(page);
  expect(femoral.slice(0, 3)).toContain('Femoral neuropathy (post-operative, iliopsoas haematoma, lithotomy)');
  expect(femoral.indexOf('Meralgia paresthetica')).toBeGreaterThan(2);

  await page.getByRole('group', { name: /^Femoral nerve/ }).getByRole('button', { name: 'Left' }).click();
  await page.getByRole('group', { name: /^Obturator nerve/ }).getByRole('button', { name: 'Left' }).click();
  await settled(page);
  expect((await differentialNames(page))[0]).toMatch(/^Obturator/);
});

test('the print view lists the workup by urgency, the red-flag-named test first', async ({ page }) => {
  await page.goto(`/print${CAUDA.slice(1)}`);
  const groups = page.getByRole('region', { name: 'Workup' }).getByRole('listitem');
  await expect(groups.first()).toHaveText(/^Now \(minutes\): MRI[^;]*\(named by the red flag;/);
  const titles = (await groups.allInnerTexts()).map((t) => t.split(':')[0]);
  expect(titles.every((t) => ['Now (minutes)', 'Today', 'Outpatient'].includes(t!))).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
