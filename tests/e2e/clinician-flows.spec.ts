// Three clinician flows end to end, each asserting what the clinician sees.
import { expect, test } from '@playwright/test';
import { addFinding, chip, expectFindingState, setFindingState, differentialNames, settled } from './support';

test('office worker with left-leg numbness radiating from the back: a radicular differential', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start with what you found' })).toBeVisible();

  await page.getByLabel('Age (years)').fill('45');
  await page.getByRole('radio', { name: 'Female', exact: true }).check();
  await addFinding(page, 'pain from the back down', 'Radiating leg pain');
  await addFinding(page, 'LBP', 'Low back pain');
  await addFinding(page, 'desk job', 'Prolonged sitting');
  // Where the numbness is: the L5 dermatome of the left leg.
  await page.getByRole('group', { name: /^L5 dermatome/ }).getByRole('button', { name: 'Left' }).click();
  await settled(page);

  await expectFindingState(page, 'L5 dermatomal sensory loss', 'present');
  await expect(chip(page, 'Numbness of one leg')).toBeVisible();
  await expect(page).toHaveURL(/present=.*l5-sensory-loss/);
  await expect(page).toHaveURL(/legs=l5-left/);

  const names = await differentialNames(page);
  expect(names.slice(0, 3)).toContain('Lumbar disc herniation with radiculopathy');
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toHaveCount(0);

  // Open the leading cause: the findings for it, with their weights, and a link to its page.
  const entry = page.locator('.dx-entry').filter({ hasText: 'Lumbar disc herniation' }).first();
  await entry.locator('summary').first().click();
  await expect(entry.getByText('For', { exact: true })).toBeVisible();
  await expect(entry.locator('.dx-evidence-for li').filter({ hasText: 'Radiating leg pain' })).toContainText(/LR \d/);
  await expect(entry.getByRole('link', { name: /About Lumbar disc herniation/ })).toHaveAttribute('href', '/causes/lumbar-disc-herniation');

  // The can't-miss causes, what to ask next and the workup are all there.
  await expect(page.getByRole('heading', { name: 'Can’t miss' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ask or examine next' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workup' }).getByRole('link', { name: /MRI/ }).first()).toBeVisible();

  // One click on a suggested question enters it.
  const next = page.getByRole('region', { name: 'Ask or examine next' });
  const firstPresent = next.getByRole('button', { name: /: present$/ }).first();
  const label = (await firstPresent.getAttribute('aria-label'))!.replace(/: present$/, '');
  await firstPresent.click();
  await expectFindingState(page, label, 'present');
});

test('cauda equina presentation: the emergency banner with its action, on top', async ({ page }) => {
  await page.goto('/');
  await addFinding(page, 'LBP', 'Low back pain');
  await addFinding(page, 'saddle numb', 'Saddle anaesthesia');
  await addFinding(page, "can't pass urine", 'Urinary retention');
  await settled(page);

  const banner = page.getByRole('alert').filter({ hasText: 'Emergency red flag' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Action:');
  await expect(banner).toContainText(/MRI/);
  await expect(banner.getByRole('heading')).toContainText(/cauda equina/i);
  // The banner sits above the case and the results, or pinned at the top of the view once scrolled.
  const bannerBox = (await banner.boundingBox())!;
  const caseBox = (await page.getByRole('heading', { name: 'The case' }).boundingBox())!;
  expect(bannerBox.y).toBeLessThanOrEqual(Math.max(0, caseBox.y));

  await expect(page.getByRole('region', { name: 'Can’t miss' }).getByRole('link', { name: 'Cauda equina syndrome' })).toBeVisible();
  expect((await differentialNames(page))[0]).toBe('Cauda equina syndrome');

  // Marking saddle anaesthesia absent again takes that trigger away; retention alone still fires.
  await setFindingState(page, 'Saddle anaesthesia', 'absent');
  await expectFindingState(page, 'Saddle anaesthesia', 'absent');
  await expect(banner).toBeVisible();
});

test('diabetic stocking neuropathy marked on the leg picture', async ({ page }) => {
  await page.goto('/');
  await addFinding(page, 'DM', 'Diabetes mellitus');
  await addFinding(page, 'A1C above 9', /HbA1c > 75 mmol\/mol/);
  await addFinding(page, 'burning feet', 'Burning pain in the feet');

  // Switch the picture to the stocking pattern and click on the lower leg of the front view.
  await page.getByRole('button', { name: 'Stocking', exact: true }).click();
  const picture = page.getByRole('img', { name: /Leg picture/ });
  await picture.scrollIntoViewIfNeeded();
  const box = (await picture.boundingBox())!;
  // The front view's right leg (viewer's left) just above the ankle: x ≈ 75/430, y ≈ 395/500 of the picture.
  await picture.click({ position: { x: (box.width * 75) / 430, y: (box.height * 395) / 500 } });
  await settled(page);

  await expect(page.getByRole('group', { name: /^Stocking distribution/ }).getByRole('button', { name: 'Both legs' })).toHaveAttribute('aria-pressed', 'true');
  await expect(chip(page, 'Stocking-distribution sensory loss')).toBeVisible();
  await expect(chip(page, 'Numbness of both feet')).toBeVisible();
  await expect(picture).toHaveAccessibleName(/Stocking distribution \(both legs\)/);
  expect((await differentialNames(page))[0]).toBe('Diabetic peripheral neuropathy');
  await expect(page.getByRole('region', { name: 'Workup' })).toContainText(/HbA1c|monofilament/i);
});
