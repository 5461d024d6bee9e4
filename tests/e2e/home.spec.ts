import { expect, test } from '@playwright/test';

test('the home page lists the catalog causes from the database and says what NumbDx is', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Cauda equina syndrome')).toBeVisible();
  await expect(page.getByText(/reference for clinicians, not a diagnosis/)).toBeVisible();
});
