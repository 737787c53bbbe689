import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/** Every kind of reader page, as a phone and a desktop show it, in the light and the dark scheme. */
const PAGES = [
  '/',
  '/finance',
  '/articles/istanbul-talks-inch-towards-a-ceasefire',
  '/authors/amara-osei',
  '/search?q=ceasefire',
  '/comments/world',
  '/signin',
  '/about',
  '/newsletters',
  `/newsletters/manage?token=${'A'.repeat(43)}`,
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`reader pages pass axe at ${width} px in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      for (const path of PAGES) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${path} at ${width} px, ${colorScheme}`,
        ).toEqual([]);
      }
    });
  }
}

test('an article prints as the story alone: no navigation, sidebar, comments or footer', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.prose p').first()).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation', { name: 'Sections' }),
    page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: 'Recent Comments' }) }),
    page.locator('#comments'),
    page.getByRole('contentinfo'),
    page.getByRole('search'),
  ])
    await expect(hidden).toBeHidden();
});
