// "Paste a note": the note is read in the browser (never sent), matches are shown and can be
// toggled, and one action adds them with age and sex to the case.
import { expect, test } from '@playwright/test';
import { chip, expectFindingState, expectNoAxeViolations, settled } from './support';

const NOTE = '58 yo man, T2DM. 3/12 numb feet, no back pain. Aunt has MS.\nO/E: absent ankle jerks, pulses present. Enjoys golf.';

test('reads a pasted note in the browser and adds the chosen findings with age and sex', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/');

  await page.getByRole('button', { name: 'Paste a note' }).click();
  await page.getByRole('textbox', { name: 'Clinical note' }).fill(NOTE);
  await page.getByRole('button', { name: 'Read the note' }).click();

  const reading = page.getByRole('region', { name: 'What the note says' });
  await expect(reading.getByRole('checkbox', { name: 'Diabetes mellitus: present' })).toBeChecked();
  await expect(reading.getByRole('checkbox', { name: 'Absent ankle reflexes bilaterally: present' })).toBeChecked();
  await expect(reading.getByRole('checkbox', { name: 'Low back pain: absent' })).toBeChecked();
  await expect(reading.getByRole('checkbox', { name: 'Absent or weak foot pulses: absent' })).toBeChecked();
  await expect(reading.getByRole('checkbox', { name: 'Age 58' })).toBeChecked();
  await expect(reading.getByRole('checkbox', { name: 'Sex male' })).toBeChecked();
  // The text is shown with its matches: absent ones struck through, unread words dimmed; the aunt's MS is not the patient's.
  await expect(reading.locator('s', { hasText: 'back pain' })).toBeVisible();
  await expect(reading.getByTitle('Not recognised')).toHaveText(['Enjoys golf']);
  await expectNoAxeViolations(page);

  // Toggle: leave diabetes out, and call the back pain present instead.
  await reading.getByRole('checkbox', { name: 'Diabetes mellitus: present' }).uncheck();
  await reading.getByRole('button', { name: 'Low back pain: mark present' }).click();
  await expect(reading.getByRole('checkbox', { name: 'Low back pain: present' })).toBeChecked();
  await reading.getByRole('button', { name: /^Add to the case/ }).click();
  await settled(page);

  await expectFindingState(page, 'Absent ankle reflexes bilaterally', 'present');
  await expectFindingState(page, 'Low back pain', 'present');
  await expectFindingState(page, 'Absent or weak foot pulses', 'absent');
  await expect(chip(page, 'Diabetes mellitus')).toHaveCount(0);
  await expect(page.getByLabel('Age (years)')).toHaveValue('58');
  await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Differential' })).toBeVisible();

  // The note itself never left the browser: no request carried its words.
  expect(sent.filter((s) => s.includes('Enjoys golf') || s.includes('Aunt has MS') || s.includes('Enjoys%20golf'))).toEqual([]);
});

test('the typeahead adds a negated finding as absent, and marks nearest findings when nothing matches well', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('combobox', { name: 'Add a finding' });
  await picker.fill('no back pain');
  await expect(page.getByRole('option', { name: /^Low back pain/ })).toContainText('adds as absent');
  await picker.press('Enter');
  await expectFindingState(page, 'Low back pain', 'absent');

  await page.getByRole('combobox', { name: 'Add a finding' }).fill('numb toes after kayaking');
  await expect(page.getByText('No finding matches these words well. Nearest findings:')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Nearest findings (no close match)' }).getByRole('option').first()).toContainText('nearest');
});
