import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ARTICLE, commentBy, postComment, signIn, signUp, uniqueReader } from './helpers';

const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };

async function readerPage(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  // The live stream starts once the page is usable.
  await expect(page.locator('html[data-live="open"]')).toBeAttached();
  return page;
}

async function staffPage(browser: Browser, to: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, EDITOR.email, EDITOR.password, to);
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return page;
}

/**
 * A reader's view of `name`'s comment: a page rendered just before it was posted gets it from the live
 * stream, behind the "Show new comments" button, as any reader would.
 */
async function visibleComment(page: Page, name: string) {
  const comment = commentBy(page, name);
  const button = page.getByRole('button', { name: /^Show \d+ new comments?$/ });
  await expect(comment.or(button).first()).toBeVisible();
  if (await button.isVisible()) await button.click();
  await expect(comment).toBeVisible();
  // The controls load as the reader scrolls down to the thread.
  await comment.scrollIntoViewIfNeeded();
  return comment;
}

test('a comment posted in one browser reaches a reader’s open page without a reload, and leaves it when deleted', async ({ browser }) => {
  const watcher = await readerPage(browser, ARTICLE);
  const scrolled = await watcher.evaluate(() => {
    window.scrollTo(0, 600);
    return window.scrollY;
  });

  const writer = await (await browser.newContext()).newPage();
  const reader = uniqueReader('live');
  await signUp(writer, reader);
  const text = `Live from the other browser ${Date.now()}`;
  await postComment(writer, text);

  // Nothing moves under the reader: the new comment waits behind a button, and the sidebar shows it.
  const show = watcher.getByRole('button', { name: 'Show 1 new comment' });
  await expect(show).toBeVisible({ timeout: 2_000 });
  expect(await watcher.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(watcher.getByTestId('recent-comments').getByText(reader.name)).toBeVisible();
  await show.click();
  await expect(commentBy(watcher, reader.name)).toContainText(text);
  await expect(show).toBeHidden();

  const mine = commentBy(writer, reader.name);
  await mine.getByRole('button', { name: 'Delete' }).click();
  await writer.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(commentBy(watcher, reader.name)).toBeHidden({ timeout: 2_000 });
  await expect(watcher.getByTestId('recent-comments').getByText(reader.name)).toBeHidden();
});

test('a reply appears under its comment on an open page, and a reader can recommend it once', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const author = uniqueReader('thread');
  await signUp(first, author);
  await postComment(first, `Opening a thread ${Date.now()}`);

  const watcher = await readerPage(browser, ARTICLE);
  const second = await (await browser.newContext()).newPage();
  const replier = uniqueReader('reply');
  await signUp(second, replier);
  const parent = await visibleComment(second, author.name);
  await parent.getByRole('button', { name: 'Reply' }).click();
  const replyForm = second.getByRole('form', { name: `Reply to ${author.name}` });
  await replyForm.getByRole('textbox').fill('A reply that arrives while the page is open');
  await replyForm.getByRole('button', { name: 'Post reply' }).click();
  // The form closes once the reply is stored ("Reply" toggles it, so a second reply starts only then).
  await expect(replyForm).toBeHidden();
  // On the open page the reply joins its comment, which this page may itself still hold behind the button.
  await visibleComment(watcher, author.name);
  await expect(watcher.getByRole('list', { name: `Replies to ${author.name}` }).getByText('A reply that arrives while the page is open')).toBeVisible({
    timeout: 2_000,
  });

  // The replier starts a second reply, then recommends the opening comment: the count is on every open
  // page, the half-written reply stays open with its text, and a second press takes the recommendation back.
  await expect(second.locator('html[data-live="open"]')).toBeAttached();
  await commentBy(second, author.name).getByRole('button', { name: 'Reply' }).click();
  await replyForm.getByRole('textbox').fill('Half a thought, still being written');
  const recommend = commentBy(second, author.name).getByRole('button', { name: 'Recommend', exact: true });
  await recommend.click();
  await expect(commentBy(second, author.name).getByRole('button', { name: 'Recommended' })).toHaveAttribute('aria-pressed', 'true');
  await expect(commentBy(second, author.name)).toContainText('1 recommendation');
  await expect(commentBy(watcher, author.name)).toContainText('1 recommendation', { timeout: 2_000 });
  await expect(replyForm.getByRole('textbox')).toHaveValue('Half a thought, still being written');
  await commentBy(second, author.name).getByRole('button', { name: 'Recommended' }).click();
  await expect(commentBy(watcher, author.name)).not.toContainText('recommendation', { timeout: 2_000 });
  // Nobody recommends their own comment.
  await visibleComment(first, author.name);
  await expect(commentBy(first, author.name).getByRole('button', { name: 'Recommend', exact: true })).toHaveCount(0);
});

test('a comment a moderator features is quoted above the thread on open pages, and leaves when unfeatured', async ({ browser }) => {
  const writer = await (await browser.newContext()).newPage();
  const author = uniqueReader('quoted');
  await signUp(writer, author);
  const text = `A point the desk will want to quote ${Date.now()}`;
  await postComment(writer, text);

  const watcher = await readerPage(browser, ARTICLE);
  const editor = await staffPage(browser, ARTICLE);
  const comment = await visibleComment(editor, author.name);
  await comment.getByRole('button', { name: 'Feature', exact: true }).click();
  await expect(comment.getByRole('button', { name: 'Unfeature' })).toBeVisible();

  const quote = watcher.getByRole('region', { name: 'Featured comments' }).getByText(text);
  await expect(quote).toBeVisible({ timeout: 2_000 });
  await commentBy(editor, author.name).getByRole('button', { name: 'Unfeature' }).click();
  await expect(quote).toHaveCount(0, { timeout: 2_000 });
});

test('an editor’s breaking-news banner appears on open pages and in new ones, and comes down', async ({ browser }) => {
  const watcher = await readerPage(browser, '/');
  const editor = await staffPage(browser, '/admin/breaking');
  const form = editor.getByRole('form', { name: 'Breaking-news banner' });
  // Refused input keeps what was typed.
  await form.getByLabel('Banner text').fill('Ceasefire agreed in Istanbul talks');
  await form.getByLabel('Link (optional)').fill('javascript:alert(1)');
  await form.getByRole('button', { name: /Put up the banner|Replace the banner/ }).click();
  await expect(form.getByText('Use a site path such as /articles/… or a full https:// address.')).toBeVisible();
  await expect(form.getByLabel('Banner text')).toHaveValue('Ceasefire agreed in Istanbul talks');

  await form.getByLabel('Link (optional)').fill(ARTICLE);
  await form.getByRole('button', { name: /Put up the banner|Replace the banner/ }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText('The banner is up on every page.');

  const banner = watcher.getByRole('region', { name: 'Breaking news' });
  await expect(banner.getByRole('link', { name: 'Ceasefire agreed in Istanbul talks' })).toBeVisible({ timeout: 2_000 });
  await expect(banner).toContainText('Breaking');
  const later = await (await browser.newContext()).newPage();
  await later.goto('/finance');
  await expect(later.getByRole('region', { name: 'Breaking news' }).getByRole('link', { name: 'Ceasefire agreed in Istanbul talks' })).toBeVisible();

  await editor.reload();
  await editor.getByRole('button', { name: 'Take the banner down' }).click();
  await editor.getByRole('button', { name: 'Yes, take the banner down' }).click();
  await expect(banner.getByRole('link')).toHaveCount(0, { timeout: 2_000 });
  await later.goto('/finance');
  await expect(later.getByRole('region', { name: 'Breaking news' }).getByRole('link')).toHaveCount(0);
});

test('a live blog: entries appear on open pages newest first, key events are listed, and readers learn when it ends', async ({ browser }) => {
  const editor = await staffPage(browser, '/admin/articles');
  const title = `Live: election night as it happened ${Date.now()}`;
  await editor.goto('/admin/articles/new');
  const form = editor.getByRole('form', { name: 'Article editor' });
  await form.getByLabel('Headline').fill(title);
  await form.getByLabel('Standfirst').fill('Results, reactions and analysis as the counts come in.');
  await form.getByLabel('Section').selectOption({ label: 'Politics' });
  await form.getByLabel('Label').selectOption('Live');
  await form.getByLabel('Body (Markdown)').fill('Polls have closed. Follow the results here as they are declared.');
  await form.getByRole('button', { name: 'Create draft' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByRole('region', { name: 'Workflow' })).toContainText('published');
  const slug = await form.getByLabel('Address (slug)').inputValue();

  const watcher = await readerPage(browser, `/articles/${slug}`);
  await expect(watcher.getByText('Live: updates appear here as they happen')).toBeVisible();

  const panel = editor.getByRole('form', { name: 'New live entry' });
  await panel.getByLabel('Headline (optional)').fill('First result declared');
  await panel.getByLabel('Entry (Markdown)').fill('The **northern** constituency is the first to declare.');
  await panel.getByRole('button', { name: 'Post entry' }).click();
  await expect(panel.getByRole('status', { name: 'Form message' })).toHaveText('Entry posted.');
  const entries = watcher.getByRole('region', { name: 'Latest updates' });
  await expect(entries.getByRole('article', { name: 'First result declared' })).toBeVisible({ timeout: 2_000 });
  await expect(entries.locator('strong')).toHaveText('northern');

  await panel.getByLabel('Headline (optional)').fill('Turnout at a twenty-year high');
  await panel.getByLabel('Entry (Markdown)').fill('Officials put turnout at 71 per cent.');
  await panel.getByLabel(/Key event/).check();
  await panel.getByRole('button', { name: 'Post entry' }).click();
  await expect(entries.getByRole('article').first()).toHaveAccessibleName('Turnout at a twenty-year high', { timeout: 2_000 });
  // The open page lists the key event in its summary too.
  await expect(watcher.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: /Turnout at a twenty-year high/ })).toBeVisible({
    timeout: 2_000,
  });

  // A new reader gets both in the HTML, the key event in the summary, and structured data for a live blog.
  const later = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await later.goto(`/articles/${slug}`);
  await expect(later.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: /Turnout at a twenty-year high/ })).toBeVisible();
  const jsonLd = await later.locator('script[type="application/ld+json"]').allTextContents();
  const posting = jsonLd.flatMap((t) => JSON.parse(t)).find((d) => d['@type'] === 'LiveBlogPosting');
  expect(posting?.liveBlogUpdate?.map((u: { headline: string }) => u.headline)).toEqual(['Turnout at a twenty-year high', 'First result declared']);
  expect(posting?.coverageStartTime).toBeTruthy();

  await editor.getByRole('button', { name: 'End the live blog' }).click();
  await editor.getByRole('button', { name: 'Yes, end the live blog' }).click();
  await expect(watcher.getByText(/This live blog has ended/)).toBeVisible({ timeout: 2_000 });
  await expect(editor.getByRole('form', { name: 'New live entry' })).toHaveCount(0);
});

/** The web server process behind the e2e server (its supervisor starts a new one when it dies). */
function webServerPid(port: number): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('http-server.mjs') && readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`\0PORT=${port}\0`)) return Number(entry);
    } catch {
      // gone, or not ours
    }
  }
  return null;
}

test('after the server restarts, an open page reconnects and catches up on what it missed', async ({ browser, baseURL }) => {
  const watcher = await readerPage(browser, ARTICLE);
  const writer = await (await browser.newContext()).newPage();
  const reader = uniqueReader('restart');
  await signUp(writer, reader);

  // The server goes down under the open page, and the page stays away until told otherwise.
  await watcher.route('**/api/live**', (route) => route.abort());
  const port = Number(new URL(baseURL!).port);
  const pid = webServerPid(port);
  expect(pid).not.toBeNull();
  process.kill(pid!, 'SIGKILL');
  await expect(watcher.locator('html[data-live="open"]')).toHaveCount(0);
  await expect(async () => {
    expect(webServerPid(port)).not.toBe(pid);
    expect((await writer.request.get('/about')).ok()).toBe(true);
  }).toPass({ timeout: 30_000 });

  const text = `Posted while the other page was away ${Date.now()}`;
  await writer.goto(ARTICLE);
  await postComment(writer, text);
  await watcher.unroute('**/api/live**');

  await expect(watcher.locator('html[data-live="open"]')).toBeAttached({ timeout: 15_000 });
  await expect(watcher.getByRole('button', { name: /^Show \d+ new comments?$/ })).toBeVisible();
  await expect(watcher.getByTestId('recent-comments').getByText(reader.name)).toBeVisible();
});
