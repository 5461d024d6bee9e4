// The care setting and the exclusive attributes as quick choices: they change the ranking, live in
// the URL, and a value implied by an entered finding shows as implied.
import { expect, test } from '@playwright/test';
import { differentialNames, settled } from './support';

test('the care setting and an onset choice change the ranking and stay in the URL', async ({ page }) => {
  await page.goto('/?present=numbness-one-leg,leg-weakness&age=70');
  await expect(page.getByLabel('Care setting', { exact: true })).toHaveValue('primary_care');
  await expect(page.getByLabel('Side', { exact: true })).toHaveValue('');
  await expect(page.getByText('Implied by Numbness of one leg.')).toBeVisible();
  const before = await differentialNames(page);

  await page.getByLabel('Care setting', { exact: true }).selectOption('emergency');
  await settled(page);
  await expect(page).toHaveURL(/setting=emergency/);
  await page.getByRole('group', { name: 'Onset' }).getByRole('radio', { name: 'Sudden' }).check();
  await settled(page);
  await expect(page).toHaveURL(/onset-sudden/);
  const after = await differentialNames(page);
  expect(after).not.toEqual(before);

  await page.getByRole('group', { name: 'Onset' }).getByRole('radio', { name: 'Chronic' }).check();
  await settled(page);
  await expect(page).toHaveURL(/onset-chronic/);
  await expect(page).not.toHaveURL(/onset-sudden/);
});
