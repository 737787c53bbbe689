import { test, expect } from './fixtures';
import { ARTICLE, signIn, signUp, uniqueReader } from './helpers';

test('a password changed on the laptop signs the phone out: it can no longer comment', async ({ browser, page }) => {
  const reader = uniqueReader('devices');
  await signUp(page, reader, ARTICLE);

  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await signIn(phone, reader.email, reader.password, ARTICLE);
  await expect(phone.getByRole('banner').getByText(reader.name)).toBeVisible();

  await page.goto('/account');
  const passwordForm = page.getByRole('form', { name: 'Change password' });
  await passwordForm.getByLabel('Current password').fill(reader.password);
  await passwordForm.getByLabel('New password').fill(`${reader.password}-changed`);
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status', { name: 'Password changed' })).toHaveText(/You were signed out on every other device\./);
  // The laptop itself stays signed in with a fresh session.
  await page.reload();
  await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();

  // The phone still shows the story; its old session can no longer write.
  await phone.reload();
  await expect(phone.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(phone.getByTestId('comment-signin-prompt')).toBeVisible();
  await phoneContext.close();
});

test('"sign out everywhere" ends the session on every device, this one included', async ({ browser, page }) => {
  const reader = uniqueReader('everywhere');
  await signUp(page, reader, '/account');
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, reader.email, reader.password, '/account');
  await expect(other.getByRole('heading', { name: 'Your account' })).toBeVisible();

  await page.getByRole('form', { name: 'Sign out everywhere' }).getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=everywhere/);
  await expect(page.getByText('You were signed out on every device.')).toBeVisible();

  await other.goto('/account');
  await expect(other).toHaveURL(/\/signin/);
  await otherContext.close();
});

test('signed-out readers never ask who they are; a session without the sign-in hint gets it back from the sign-in page', async ({ page, context }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/viewer') asked.push(r.url());
  });
  await page.goto(ARTICLE);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('comment-signin-prompt')).toBeVisible();
  expect(asked).toEqual([]);

  const reader = uniqueReader('hint');
  await signUp(page, reader, ARTICLE);
  expect(asked.length).toBeGreaterThan(0);

  // A session from before the hint cookie: the masthead offers "Sign in", which leads straight back, signed in.
  await context.clearCookies({ name: 'newshub-signed-in' });
  await page.goto(ARTICLE);
  const signInLink = page.getByRole('banner').getByRole('link', { name: 'Sign in' });
  await expect(signInLink).toBeVisible();
  await signInLink.click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();

  // Signing out from the menu clears the hint with the session.
  await page.getByRole('banner').getByText(reader.name).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === 'newshub-signed-in' && c.value)).toBe(false);
});
