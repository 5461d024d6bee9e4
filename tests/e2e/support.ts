// Shared steps for the browser tests, in the clinician's terms.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Types into "Add a finding" and picks the option named `option` with the keyboard. */
export async function addFinding(page: Page, query: string, option: string | RegExp, { absent = false } = {}): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Add a finding' });
  await picker.fill(query);
  const listbox = page.getByRole('listbox', { name: 'Matching findings' });
  await expect(listbox.getByRole('option', { name: option }).first()).toBeVisible();
  // Walk down with the arrow keys until the wanted option is the active one.
  for (let step = 0; step < 12; step++) {
    const active = await picker.getAttribute('aria-activedescendant');
    const name = active ? await page.locator(`[id="${active}"]`).innerText() : '';
    if (typeof option === 'string' ? name.startsWith(option) : option.test(name)) break;
    await picker.press('ArrowDown');
  }
  await picker.press(absent ? 'Shift+Enter' : 'Enter');
  await expect(picker).toHaveValue('');
}

/** The chip of an entered finding: its Present | Absent radio pair, named by the finding. */
export function chip(page: Page, label: string) {
  return page.getByRole('list', { name: 'Entered findings' }).getByRole('radiogroup', { name: label, exact: true });
}

/** Asserts the state an entered finding is in. */
export async function expectFindingState(page: Page, label: string, state: 'present' | 'absent'): Promise<void> {
  await expect(chip(page, label).getByRole('radio', { name: state === 'present' ? 'Present' : 'Absent' })).toBeChecked();
}

/** Sets an entered finding's state with its explicit control. */
export async function setFindingState(page: Page, label: string, state: 'present' | 'absent'): Promise<void> {
  await chip(page, label).getByRole('radio', { name: state === 'present' ? 'Present' : 'Absent' }).check();
}

/** The ranked differential as a list of cause names, in order. */
export async function differentialNames(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Differential' }).getByRole('list').first();
  return list.locator('.dx-name').allInnerTexts();
}

/** Waits until the workspace has no request in flight. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
}

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules and fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Saves a screenshot (full page unless told otherwise) under test-results/screenshots/ and attaches it to the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<string> {
  const dir = path.join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  return file;
}

