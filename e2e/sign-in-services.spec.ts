import { test, expect } from './fixtures';
import { startInstance } from './instance';

test('"Continue with GitHub" and "with Google" appear only where the environment switches them on, and lead to the service', async ({ page, browser }) => {
  for (const path of ['/signin', '/signup']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: /Continue with/ })).toHaveCount(0);
  }

  const instance = await startInstance(3290, {
    AUTH_GITHUB_ID: 'newshub-e2e-github',
    AUTH_GITHUB_SECRET: 'e2e-github-secret',
    AUTH_GOOGLE_ID: 'newshub-e2e-google',
    AUTH_GOOGLE_SECRET: 'e2e-google-secret',
  });
  const context = await browser.newContext({ baseURL: instance.url });
  try {
    const reader = await context.newPage();
    await reader.goto('/signup');
    await expect(reader.getByRole('button', { name: 'Continue with GitHub' })).toBeVisible();
    await expect(reader.getByRole('button', { name: 'Continue with Google' })).toBeVisible();

    await reader.goto('/signin?callbackUrl=%2Ffinance');
    await expect(reader.getByRole('button', { name: 'Continue with Google' })).toBeVisible();
    // The service itself is out of reach here: the browser's request for it is the proof.
    await context.route(/^https:\/\/(github\.com|accounts\.google\.com)\//, (route) => route.abort());
    const leaving = reader.waitForRequest(/^https:\/\/github\.com\/login\/oauth\/authorize/);
    await reader.getByRole('button', { name: 'Continue with GitHub' }).click();
    const authorize = new URL((await leaving).url());
    expect(authorize.searchParams.get('client_id')).toBe('newshub-e2e-github');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${instance.url}/api/auth/callback/github`);

    // Coming back with an error (a refused consent, say) is explained on the sign-in page.
    await reader.goto('/signin?error=AccessDenied');
    await expect(reader.getByRole('alert').filter({ hasText: /cancelled or refused/ })).toBeVisible();
  } finally {
    await context.close();
    await instance.stop();
  }
});
