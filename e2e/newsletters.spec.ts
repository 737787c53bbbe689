import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { signIn } from './helpers';

const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };

async function editorPage(browser: Browser, to: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, EDITOR.email, EDITOR.password, to);
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return page;
}

/** The newest email to `to` in the newsroom's outbox whose subject matches, opened; its links. */
async function linksOfEmail(editor: Page, to: string, subject: RegExp): Promise<string[]> {
  await expect(async () => {
    await editor.goto(`/admin/newsletters/outbox?to=${encodeURIComponent(to)}`);
    await expect(editor.getByRole('link', { name: subject }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await editor.getByRole('link', { name: subject }).first().click();
  const region = editor.getByRole('region', { name: 'Email preview' });
  await expect(region).toBeVisible();
  return editor
    .getByRole('heading', { name: 'Links in this email' })
    .locator('xpath=following-sibling::ul//a')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
}

const asLocal = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
};

test('a reader signs up by email alone, confirms from the email, changes their newsletters and leaves', async ({ browser }) => {
  const email = `briefing-${Date.now()}@example.org`;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.getByRole('contentinfo').getByRole('link', { name: 'Newsletters' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('The news, in your inbox');
  const form = reader.getByRole('form', { name: 'Subscribe to newsletters' });

  // Nothing ticked: told so, and the address typed stays.
  await form.getByLabel('The Daily Briefing').uncheck();
  await form.getByLabel('Email address').fill(email);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText(/Check the highlighted fields/);
  await expect(form.getByText('Choose at least one newsletter.')).toBeVisible();
  await expect(form.getByLabel('Email address')).toHaveValue(email);

  await form.getByLabel('The Daily Briefing').check();
  await form.getByLabel('World daily').check();
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText(new RegExp(`Almost done: we have emailed ${email}`));

  // The confirmation email, read in the newsroom's outbox (no mail server in the demo).
  const editor = await editorPage(browser, '/admin/newsletters/outbox');
  const links = await linksOfEmail(editor, email, /Confirm your NewsHub newsletters/);
  const confirm = links.find((href) => href.includes('/newsletters/confirm?token='));
  expect(confirm).toBeTruthy();

  // Opening the link confirms nothing by itself (mail scanners open links); the button does.
  await reader.goto(asLocal(confirm!));
  await expect(reader.getByRole('listitem').filter({ hasText: 'World daily' })).toBeVisible();
  await reader.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(reader).toHaveURL(/\/newsletters\/manage\?token=.+&confirmed=1$/);
  await expect(reader.getByRole('status', { name: 'Subscription confirmed' })).toBeVisible();
  const mine = reader.getByRole('form', { name: 'Your newsletters' });
  await expect(mine.getByLabel('The Daily Briefing')).toBeChecked();
  await expect(mine.getByLabel('World daily')).toBeChecked();
  await expect(mine.getByLabel('Breaking news')).not.toBeChecked();

  await mine.getByLabel('World daily').uncheck();
  await mine.getByLabel('Breaking news').check();
  await mine.getByRole('button', { name: 'Save my newsletters' }).click();
  await expect(mine.getByRole('status', { name: 'Form message' })).toHaveText(/Saved/);
  await reader.reload();
  await expect(reader.getByRole('form', { name: 'Your newsletters' }).getByLabel('Breaking news')).toBeChecked();
  await expect(reader.getByRole('form', { name: 'Your newsletters' }).getByLabel('World daily')).not.toBeChecked();

  await reader.getByRole('button', { name: 'Unsubscribe from everything' }).click();
  await expect(reader.getByText(`${email} is unsubscribed from every newsletter.`)).toBeVisible();
  await reader.reload();
  for (const name of ['The Daily Briefing', 'Breaking news', 'World daily'])
    await expect(reader.getByRole('form', { name: 'Your newsletters' }).getByLabel(name)).not.toBeChecked();
});

test('an editor writes a breaking-news email, previews it, sends a test to themselves, then sends it', async ({ browser }) => {
  const editor = await editorPage(browser, '/admin/newsletters');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Newsletters');
  const form = editor.getByRole('form', { name: 'Breaking-news email' });
  const headline = `Storm surge floods harbour district ${Date.now()}`;

  // A story that is not published is refused, and what was typed stays.
  await form.getByLabel('Headline').fill(headline);
  await form.getByLabel('What happened').fill('Sea water reached the market square at high tide.\n\nResidents are asked to stay indoors.');
  await form.getByLabel('Story (optional)').fill('/articles/no-such-story-here');
  await form.getByRole('button', { name: 'Preview' }).click();
  await expect(form.getByText(/That story is not published/)).toBeVisible();
  await expect(form.getByLabel('Headline')).toHaveValue(headline);

  await form.getByLabel('Story (optional)').fill('');
  await form.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Email preview' });
  await expect(preview).toContainText(headline);
  await expect(preview.frameLocator('iframe').getByText('Residents are asked to stay indoors.')).toBeVisible();

  await form.getByRole('button', { name: 'Send a test to me' }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText(`Test sent to ${EDITOR.email}. Check it, then send it to subscribers.`);

  await form.getByRole('button', { name: 'Send to subscribers…' }).click();
  await form.getByRole('button', { name: 'Yes, send it now' }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText(/Sending to \d+ subscribers?/);
  await editor.reload();
  await expect(editor.getByRole('table', { name: /Newsletter issues/ })).toContainText(headline);

  // The daily briefing can be checked before it goes out by itself.
  await editor.getByRole('button', { name: 'Preview today’s briefing' }).click();
  await expect(editor.getByRole('region', { name: 'Email preview' })).toContainText('The Daily Briefing');

  await editor.goto(`/admin/newsletters/outbox?to=${encodeURIComponent(EDITOR.email)}`);
  await expect(editor.getByRole('link', { name: `[Test] ${headline}` })).toBeVisible();
});
