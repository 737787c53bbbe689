import { test as base, expect, type Page } from '@playwright/test';

/** Fails a test on any console error or uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The Recent Comments sidebar, present on every reader page. */
export async function expectSidebar(page: Page) {
  const sidebar = page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: 'Recent Comments' }) });
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('listitem').first()).toBeVisible();
  return sidebar;
}

/**
 * A new comment reaches the sidebar of every page within a few seconds: loads `path` until the sidebar
 * names `name`. (A render of that page already under way when the comment was posted may be served
 * once with the list from just before it; the page's short revalidation replaces it.)
 */
export async function expectInSidebarSoon(page: Page, path: string, name: string) {
  await expect(async () => {
    await page.goto(path);
    const sidebar = await expectSidebar(page);
    await expect(sidebar.getByText(name, { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000, intervals: [1_000, 2_000] });
  return expectSidebar(page);
}

/** Client navigation keeps earlier pages hidden (React Activity); only the visible page counts. */
export async function expectOneH1(page: Page) {
  await expect(page.locator('h1:visible')).toHaveCount(1);
}

/** Drops the browser's own report of a 404 the test asked for on purpose. */
export function forgetExpected404s(errors: string[]) {
  const kept = errors.filter((e) => !/status of 404/.test(e));
  errors.splice(0, errors.length, ...kept);
}
