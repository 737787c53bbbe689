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
