// WCAG 2.2 AA on every page type (axe), and the workspace driven by the keyboard alone.
import { expect, test } from '@playwright/test';
import { chip, expectFindingState, expectNoAxeViolations, settled } from './support';

const PAGES: [string, string][] = [
  ['empty workspace', '/'],
  ['workspace with an emergency alert', '/?present=back-pain,saddle-anaesthesia,urinary-retention,l5-sensory-loss&absent=fever&age=52&sex=male&legs=l5-left'],
  ['workspace with an urgent alert', '/?present=leg-swelling-unilateral,calf-pain&legs='],
  ['print view', '/print?present=back-pain,saddle-anaesthesia&age=52'],
  ['cause list', '/causes'],
  ['filtered cause list', '/causes?urgency=emergency&q=spinal'],
  ['cause page', '/causes/lumbar-disc-herniation'],
  ['finding list', '/findings'],
  ['finding search', '/findings?q=SLR'],
  ['finding page', '/findings/saddle-anaesthesia'],
  ['test list', '/tests'],
  ['test page', '/tests/hba1c'],
  ['treatment list', '/treatments'],
  ['treatment page', '/treatments/gabapentin'],
  ['unknown id', '/causes/no-such-cause'],
];

for (const [name, url] of PAGES) {
  test(`axe finds no WCAG 2.2 A/AA violation: ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('axe in the dark theme and with the typeahead open and a cause expanded', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?present=saddle-anaesthesia&legs=');
  await page.locator('.dx-entry summary').first().click();
  await page.getByRole('combobox', { name: 'Add a finding' }).fill('numb');
  await expect(page.getByRole('listbox', { name: 'Matching findings' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('keyboard only: typeahead, chips, age and sex, and the leg picture', async ({ page }) => {
  await page.goto('/');
  // Skip link first, then into the workspace.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');

  const age = page.getByLabel('Age (years)');
  const picker = page.getByRole('combobox', { name: 'Add a finding' });
  while (!(await age.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.type('67');
  await page.keyboard.press('Tab');
  // Arrow keys move within the sex radio group (from "Not given" round to Female, then Male).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  while (!(await picker.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');

  await page.keyboard.type('urinary');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  const first = await picker.getAttribute('aria-activedescendant');
  expect(first).toBeTruthy();
  await page.keyboard.press('ArrowDown');
  expect(await picker.getAttribute('aria-activedescendant')).not.toBe(first);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`[id="${first}"]`)).toHaveAttribute('aria-selected', 'true');
  // Down to "Urinary retention", then Enter.
  const activeText = async () => page.locator(`[id="${await picker.getAttribute('aria-activedescendant')}"]`).innerText();
  while (!(await activeText()).startsWith('Urinary retention')) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toBeVisible();

  // Tab to the new chip's Present | Absent pair, switch it to absent with an arrow key, then remove it with Delete.
  const pair = chip(page, 'Urinary retention');
  const present = pair.getByRole('radio', { name: 'Present' });
  while (!(await present.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(pair.getByRole('radio', { name: 'Absent' })).toBeChecked();
  await expect(pair.getByRole('radio', { name: 'Absent' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(chip(page, 'Urinary retention')).toHaveCount(0);
  await expect(picker).toBeFocused();

  // The leg picture: switch to nerve territories, mark the left common fibular territory.
  const nerves = page.getByRole('button', { name: 'Nerve territories' });
  while (!(await nerves.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(nerves).toHaveAttribute('aria-pressed', 'true');
  const fibularLeft = page.getByRole('group', { name: /^Common fibular nerve/ }).getByRole('button', { name: 'Left' });
  while (!(await fibularLeft.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(fibularLeft).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  await expectFindingState(page, 'Common fibular nerve territory sensory loss', 'present');
  await expect(page.getByRole('img', { name: /Leg picture/ })).toHaveAccessibleName(/Common fibular nerve \(left\)/);
  await expect(page).toHaveURL(/age=67/);
  await expect(page).toHaveURL(/sex=male/);

  // Focus is always visible: the focused control draws an outline.
  const outline = await fibularLeft.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});
