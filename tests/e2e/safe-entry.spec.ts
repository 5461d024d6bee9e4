// Issue 12, items 1–2: safe entry (explicit present/absent, undo, a still ask-next list, no
// dropped entry) and the alert in view (pinned, announced, focused once; the top-three prompt).
import { expect, test, type Page } from '@playwright/test';
import { chip, expectFindingState, saveScreenshot, setFindingState, settled } from './support';

const CES = '/?present=back-pain,saddle-anaesthesia,urinary-retention&age=45&sex=male';

async function chipNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Entered findings' }).getByRole('radiogroup').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

test('a finding switches only through its explicit control, keeps its place, and every change can be undone', async ({ page }) => {
  await page.goto(CES);
  const before = await chipNames(page);
  await setFindingState(page, 'Saddle anaesthesia', 'absent');
  await settled(page);
  await expectFindingState(page, 'Saddle anaesthesia', 'absent');
  expect(await chipNames(page)).toEqual(before);
  await expect(page.getByRole('status').filter({ hasText: 'Saddle anaesthesia changed to absent' })).toBeVisible();

  // The Undo button puts it back …
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await settled(page);
  await expectFindingState(page, 'Saddle anaesthesia', 'present');
  // … and so does Ctrl+Z, for a removal.
  await chip(page, 'Urinary retention').locator('..').getByRole('button', { name: 'Remove Urinary retention' }).click();
  await expect(chip(page, 'Urinary retention')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await settled(page);
  await expectFindingState(page, 'Urinary retention', 'present');
  expect(await chipNames(page)).toContain('Urinary retention');
});

test('answered ask-next rows stay in place, marked answered; focus moves to the next unanswered row', async ({ page }) => {
  await page.goto('/?present=onset-sudden,leg-weakness,numbness-one-leg,atrial-fibrillation&age=75&sex=male');
  const next = page.getByRole('region', { name: 'Ask or examine next' });
  const presentButtons = next.getByRole('button', { name: /: present$/ });
  const labels = (await presentButtons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))).map((l) => l.replace(/: present$/, ''));
  expect(labels.length).toBeGreaterThan(2);

  // A hurried double-click lands twice on the same row: one finding, never its neighbour.
  await next.getByRole('button', { name: `${labels[0]}: absent` }).dblclick();
  await settled(page);
  await expectFindingState(page, labels[0]!, 'absent');
  await expect(chip(page, labels[1]!)).toHaveCount(0);
  const after = (await presentButtons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))).map((l) => l.replace(/: present$/, ''));
  expect(after).toEqual(labels);
  await expect(next.getByRole('listitem').first()).toContainText('answered: absent');

  // A single answer moves focus on to the next unanswered row. (The second click of a double-click
  // can land beside the buttons when the alert or prompt above changes height, and a click on the
  // results' background takes focus; what matters there is that it records nothing.) The wait lets
  // the double-click guard (clicks on another row within 500 ms are ignored) pass.
  expect(labels.length).toBeGreaterThan(3);
  await page.waitForTimeout(700);
  await next.getByRole('button', { name: `${labels[1]}: absent` }).click();
  await settled(page);
  await expectFindingState(page, labels[1]!, 'absent');
  await expect(next.getByRole('button', { name: `${labels[2]}: present` })).toBeFocused();

  // The keyboard user goes on down the list at once: the double-click guard is for pointers only.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await settled(page);
  await expectFindingState(page, labels[2]!, 'absent');
  await expect(next.getByRole('button', { name: `${labels[3]}: present` })).toBeFocused();

  // Any other edit releases the list, which re-ranks.
  await next.getByRole('button', { name: 'Show new suggestions' }).click();
  await expect(next.getByText('answered:')).toHaveCount(0);
});

test('Enter typed before the suggestions arrive adds the best match once they do', async ({ page }) => {
  await page.goto('/');
  // The typeahead searches in the browser; its first query waits for the catalog's language data.
  await page.route('**/api/language', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const picker = page.getByRole('combobox', { name: 'Add a finding' });
  await picker.pressSequentially('saddle anaes');
  await picker.press('Enter');
  await expect(chip(page, 'Saddle anaesthesia')).toBeVisible();
  await expectFindingState(page, 'Saddle anaesthesia', 'present');
  await expect(picker).toHaveValue('');

  // Nothing matching: the clinician is told, and the text stays to be corrected.
  await page.unrouteAll({ behavior: 'wait' });
  await picker.fill('zzqx');
  await picker.press('Enter');
  await expect(page.getByText('No finding matches “zzqx”')).toBeVisible();
});

test('each suggestion has a visible "add as absent" target', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('combobox', { name: 'Add a finding' });
  await picker.fill('fever');
  const option = page.getByRole('option', { name: /^Fever/ }).first();
  await option.getByText('add as absent').click();
  await expectFindingState(page, 'Fever', 'absent');
});

for (const width of [1366, 390]) {
  test(`a red flag that fires while scrolled down is pinned in view and takes focus once (${width} px)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto('/?present=back-pain,urinary-retention&age=45&sex=male');
    const banner = page.getByRole('alert').filter({ hasText: 'Emergency red flag' });
    await expect(banner).toBeVisible();
    await chip(page, 'Urinary retention').locator('..').getByRole('button', { name: 'Remove Urinary retention' }).click();
    await settled(page);
    await expect(banner).toHaveCount(0);

    await page.getByRole('heading', { name: 'Workup' }).scrollIntoViewIfNeeded();
    await page.keyboard.press('Control+z');
    await settled(page);
    await expect(banner).toBeInViewport();
    await expect(banner.locator('section').first()).toBeFocused();
    await expect(banner).toHaveAttribute('aria-live', 'assertive');

    // Compact: the name and the action on one line; "Action" opens the whole of it.
    const action = banner.getByRole('button', { name: 'Action' });
    await expect(action).toHaveAttribute('aria-expanded', 'false');
    await action.click();
    await expect(action).toHaveAttribute('aria-expanded', 'true');
    await expect(banner.getByText(/^Because:/)).toBeVisible();
    await saveScreenshot(page, testInfo, `alert-pinned-${width}`, { fullPage: false });
    const box = (await banner.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
  });
}

test('an emergency cause in the top three without a red flag gets a prompt with what to check', async ({ page }, testInfo) => {
  await page.goto('/?present=onset-sudden,leg-weakness,numbness-one-leg,atrial-fibrillation&age=75&sex=male');
  const prompt = page.getByRole('region', { name: 'Emergency cause in the top three' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('link', { name: 'Acute limb ischaemia' })).toBeVisible();
  await expect(prompt).toContainText(/check now: .*New pulseless limb/);
  await saveScreenshot(page, testInfo, 'emergency-top-three-1366');
});
