import { expect, type Page } from '@playwright/test';

let n = 0;
export function uniqueReader(prefix = 'reader') {
  const id = `${prefix}${Date.now().toString(36)}${(n++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Reader ${id}`, email: `${id}@example.com`, password: `long-pass-${id}` };
}

export const ARTICLE = '/articles/istanbul-talks-inch-towards-a-ceasefire';

/** Signs up through the form and lands back on `returnTo`. */
export async function signUp(page: Page, reader: { name: string; email: string; password: string }, returnTo = ARTICLE) {
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Display name').fill(reader.name);
  await page.getByLabel('Email').fill(reader.email);
  await page.getByLabel('Password').fill(reader.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#.*)?$`));
  await expect(page.getByRole('banner').getByText(reader.name)).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string, returnTo = '/') {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Clicks into the comment box as a reader would; the live form (with its character count) takes over. */
export async function openCommentForm(page: Page) {
  const form = page.getByRole('form', { name: 'Add a comment' });
  await form.getByRole('textbox').click();
  await expect(form.getByText(/^[\d,]+ \/ 5,000$/)).toBeVisible();
  return form;
}

export async function postComment(page: Page, text: string) {
  const form = await openCommentForm(page);
  await form.getByRole('textbox').fill(text);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status', { name: 'Comment form message' })).toHaveText(/published|awaiting moderation/);
}

export function commentBy(page: Page, name: string) {
  return page.getByTestId('comment-thread').getByRole('article', { name: `Comment by ${name}` });
}
