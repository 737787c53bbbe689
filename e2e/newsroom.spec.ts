import type { Browser, Page } from '@playwright/test';
import { test, expect, expectSidebar } from './fixtures';
import { ARTICLE, commentBy, postComment, signIn, signUp, uniqueReader } from './helpers';

const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };
const WRITER = { email: 'writer@newshub.test', password: 'newsroom-writer-2026' };
// A real 2x2 PNG, made here so the test needs no file on disk.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

async function staffPage(browser: Browser, who: { email: string; password: string }, to = '/admin/articles'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password, to);
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return page;
}

/** The visible editor (client navigation keeps the previous page hidden in the DOM). */
const editorOf = (page: Page) => page.getByRole('form', { name: 'Article editor' });

async function writeDraft(page: Page, title: string, body: string, section = 'Finance') {
  await page.goto('/admin/articles/new');
  const editor = editorOf(page);
  await editor.getByLabel('Headline').fill(title);
  await editor.getByLabel('Standfirst').fill('A newsroom test story with a proper standfirst.');
  await editor.getByLabel('Section').selectOption({ label: section });
  await editor.getByLabel('Tags').fill('Markets, Newsroom tests');
  await editor.getByLabel('Body (Markdown)').fill(body);
  return editor;
}

test('an editor writes an article with an image, previews it, publishes it, and readers find it', async ({ browser }) => {
  const page = await staffPage(browser, EDITOR);
  const title = `Bond traders brace for a long winter ${Date.now()}`;
  const editor = await writeDraft(page, title, 'Yields rose on **Tuesday** as traders priced in fewer cuts.\n\n## What changed\n\nA stronger jobs report.');
  await expect(page.getByRole('region', { name: 'Live preview' }).locator('strong')).toHaveText('Tuesday');
  await editor.getByLabel('Upload from your computer').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: PNG });
  await expect(editor.getByRole('img', { name: 'Hero image preview' })).toBeVisible();
  await editor.getByLabel('Alt text').fill('A line chart of ten-year bond yields rising through November');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);

  const previewHref = await page.getByRole('link', { name: 'Preview' }).getAttribute('href');
  const preview = await page.context().newPage();
  await preview.goto(previewHref!);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.getByRole('img', { name: /ten-year bond yields/ })).toBeVisible();
  // The same draft at its future address: staff see the preview, readers a 404.
  await preview.getByRole('link', { name: /Preview at its address/ }).click();
  await expect(preview).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  await expect(preview.getByRole('status').filter({ hasText: 'only newsroom staff can see this' })).toBeVisible();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await preview.getByRole('link', { name: 'Leave preview' }).click();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await preview.close();

  const slug = await editorOf(page).getByLabel('Address (slug)').inputValue();
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(`/articles/${slug}`))?.status()).toBe(404);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('region', { name: 'Workflow' })).toContainText('published');

  await anonymous.goto('/');
  await expect(anonymous.getByRole('link', { name: title }).first()).toBeVisible();
  await anonymous.goto('/finance');
  await expect(anonymous.getByRole('link', { name: title }).first()).toBeVisible();
  await anonymous.goto(`/articles/${slug}`);
  await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(anonymous.getByRole('main').getByRole('img', { name: /ten-year bond yields/ })).toBeVisible();
  await expectSidebar(anonymous);
});

test('a writer can submit for review but not publish; a reader calling publish directly changes nothing', async ({ browser }) => {
  const writer = await staffPage(browser, WRITER);
  const title = `Pension funds rethink gilts ${Date.now()}`;
  const editor = await writeDraft(writer, title, 'Draft text for review.');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(writer).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  const articleUrl = writer.url().replace(/\?.*$/, '');
  await expect(writer.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writer.getByRole('region', { name: 'Workflow' })).toContainText('in review');
  await expect(writer.getByRole('button', { name: 'Back to draft' })).toBeVisible();

  // The editor's page carries the publish form; replay it with a reader's session.
  const editorPage = await staffPage(browser, EDITOR, articleUrl.replace(/^https?:\/\/[^/]+/, ''));
  const html = await editorPage.content();
  const form = /<form[^>]*aria-label="Publish now"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  expect(form).toBeTruthy();
  const fields: Record<string, string> = {};
  for (const m of form!.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
    fields[m[1]!] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const reader = await (await browser.newContext()).newPage();
  await signUp(reader, uniqueReader('intruder'), '/about');
  const response = await reader.request.post(articleUrl, { multipart: fields, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  await editorPage.reload();
  await expect(editorPage.getByRole('region', { name: 'Workflow' })).toContainText('in review');
  const slug = await editorOf(editorPage).getByLabel('Address (slug)').inputValue();
  expect((await reader.request.get(`/articles/${slug}`)).status()).toBe(404);

  // And the reader sees a clear refusal at /admin.
  await reader.goto('/admin');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('You’re not allowed here');
});

test('signed-out visitors are sent to sign in from /admin', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
});

test('a moderator hides a comment and it vanishes from the thread and the sidebar', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  const who = uniqueReader('moderated');
  await signUp(reader, who);
  const text = `A comment that a moderator will hide ${Date.now()}`;
  await postComment(reader, text);
  await expect(commentBy(reader, who.name).filter({ hasText: text })).toBeVisible();

  const moderator = await staffPage(browser, EDITOR, '/admin/comments?queue=pending');
  // Another reader reports it, so it shows up in the reported queue.
  const other = await (await browser.newContext()).newPage();
  await signUp(other, uniqueReader('reporter'));
  const reported = commentBy(other, who.name).filter({ hasText: text });
  await reported.scrollIntoViewIfNeeded();
  await reported.getByRole('button', { name: 'Report' }).click();
  await other.getByRole('form', { name: 'Report this comment' }).getByRole('button', { name: 'Report' }).click();
  await expect(other.getByRole('status', { name: 'Comment action message' })).toHaveText(/Thanks for reporting/);

  await moderator.goto('/admin/comments?queue=reported');
  const item = moderator.getByRole('article', { name: `Comment by ${who.name}` });
  await expect(item).toContainText(text);
  await moderator
    .getByRole('listitem')
    .filter({ has: item })
    .getByRole('button', { name: /^Hide comment/ })
    .click();
  await expect(moderator.getByRole('article', { name: `Comment by ${who.name}` })).toHaveCount(0);
  await moderator.goto('/admin/comments?queue=hidden');
  await expect(moderator.getByRole('article', { name: `Comment by ${who.name}` })).toContainText(text);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(ARTICLE);
  await expect(anonymous.getByText(text)).toHaveCount(0);
  const sidebar = await expectSidebar(anonymous);
  await expect(sidebar.getByText(who.name)).toHaveCount(0);
});

test('two editors save the same article: the older version gets a conflict and keeps its text', async ({ browser }) => {
  const first = await staffPage(browser, EDITOR);
  const editor = await writeDraft(first, `Conflict test ${Date.now()}`, 'Original body.');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(first).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  const url = first
    .url()
    .replace(/\?.*$/, '')
    .replace(/^https?:\/\/[^/]+/, '');
  const second = await staffPage(browser, EDITOR, url);

  await editorOf(first).getByLabel('Body (Markdown)').fill('First editor’s revision.');
  await editorOf(first).getByRole('button', { name: 'Save changes' }).click();
  await expect(editorOf(first).getByRole('status', { name: 'Editor message' })).toHaveText(/Saved version 2/);

  await editorOf(second).getByLabel('Body (Markdown)').fill('Second editor’s competing text.');
  await editorOf(second).getByRole('button', { name: 'Save changes' }).click();
  await expect(editorOf(second).getByRole('alert', { name: 'Editor message' })).toHaveText(/Someone else saved this story/);
  await expect(editorOf(second).getByLabel('Body (Markdown)')).toHaveValue('Second editor’s competing text.');
  await first.reload();
  await expect(editorOf(first).getByLabel('Body (Markdown)')).toHaveValue('First editor’s revision.');
});

test('an editor compares two versions word by word and restores the older one', async ({ browser }) => {
  const page = await staffPage(browser, EDITOR);
  const editor = await writeDraft(page, `Harbour tender ${Date.now()}`, 'The port awarded the dredging contract on Tuesday.');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  await editorOf(page).getByLabel('Body (Markdown)').fill('The port awarded the dredging contract on Wednesday.');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(editorOf(page).getByRole('status', { name: 'Editor message' })).toHaveText(/Saved version 2/);

  await page.getByRole('link', { name: 'Revisions' }).click();
  const diff = page.getByTestId('revision-diff');
  await expect(diff.locator('del')).toHaveText('[deleted: Tuesday]');
  await expect(diff.locator('ins')).toHaveText('[inserted: Wednesday]');
  await expect(diff).toContainText('The port awarded the dredging contract on');

  const restore = page.getByRole('form', { name: 'Restore version 1' });
  await restore.getByRole('button', { name: 'Restore' }).click();
  await restore.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(page.getByRole('cell', { name: /v3/ })).toContainText('(current)');
  await page.getByRole('link', { name: '← Back to the editor' }).click();
  await expect(editorOf(page).getByLabel('Body (Markdown)')).toHaveValue('The port awarded the dredging contract on Tuesday.');
});

test('an editor corrects a published story; readers see the dated note, the marker and the update time', async ({ browser }) => {
  const page = await staffPage(browser, EDITOR);
  const title = `Council budget vote ${Date.now()}`;
  const editor = await writeDraft(page, title, 'The council approved a £4m budget for road repairs.');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('region', { name: 'Workflow' })).toContainText('published');
  await page.reload();

  const form = page.getByRole('form', { name: 'Add a correction' });
  await form.getByRole('button', { name: 'Publish correction' }).click();
  await expect(form.getByLabel('New correction')).toBeFocused();
  const note = 'An earlier version of this article said the budget was £4m. It is £40m.';
  await form.getByLabel('New correction').fill(note);
  await form.getByRole('button', { name: 'Publish correction' }).click();
  await expect(form.getByRole('status', { name: 'Form message' })).toHaveText(/Correction published/);
  await expect(form.getByLabel('New correction')).toHaveValue('');

  const slug = await editorOf(page).getByLabel('Address (slug)').inputValue();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader.getByRole('link', { name: 'This article has been corrected.' })).toBeVisible();
  const corrections = reader.getByRole('region', { name: 'Correction' });
  await expect(corrections).toContainText(note);
  await expect(reader.getByText('Updated', { exact: true })).toBeVisible();
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!);
  const news = Array.isArray(jsonLd) ? jsonLd[0] : jsonLd;
  expect(news.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text: note })]);
});

test('an editor closes a story to comments: readers see it closed before writing anything, and the conversation stays', async ({ browser }) => {
  const page = await staffPage(browser, EDITOR);
  const title = `Harbour toll review ${Date.now()}`;
  const editor = await writeDraft(page, title, 'The port authority will review tolls after complaints from ferry operators.');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?created=1$/);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('region', { name: 'Workflow' })).toContainText('published');
  await page.reload();
  const slug = await editorOf(page).getByLabel('Address (slug)').inputValue();

  const reader = await (await browser.newContext()).newPage();
  const who = uniqueReader('closing');
  await signUp(reader, who, `/articles/${slug}`);
  const text = `Ferry operators have a point about the tolls. (${who.name})`;
  await postComment(reader, text);

  await editorOf(page).getByLabel('Comments open').uncheck();
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(editorOf(page).getByRole('status', { name: 'Editor message' })).toHaveText(/Saved version/);

  await reader.reload();
  await expect(reader.getByTestId('comments-closed')).toHaveText(/Comments on this story are closed/);
  await expect(reader.getByRole('form', { name: 'Add a comment' })).toHaveCount(0);
  const theirs = commentBy(reader, who.name).filter({ hasText: text });
  await theirs.scrollIntoViewIfNeeded();
  // Their own comment can still be reported by others or deleted by them, but nobody can reply.
  await expect(theirs.getByRole('button', { name: 'Delete' })).toBeVisible();
  await expect(theirs.getByRole('button', { name: 'Reply' })).toHaveCount(0);
  // The page's HTML carries no form either (readers without JavaScript, crawlers).
  const html = await (await reader.request.get(`/articles/${slug}`)).text();
  expect(html).not.toContain('aria-label="Add a comment"');
});

test('"close comments after" closes older stories on their pages at once, and leaves recent ones open', async ({ browser }) => {
  const page = await staffPage(browser, EDITOR, '/admin/settings');
  const settings = page.getByRole('form', { name: 'Moderation settings' });
  const closeAfter = settings.getByLabel('Close comments after (days)');
  const reader = await (await browser.newContext()).newPage();
  try {
    await closeAfter.fill('7');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.getByRole('status')).toHaveText(/saved/);
    // Published ten days ago in the demo content.
    await reader.goto('/articles/red-sea-detours-cost-egypt-its-canal-income');
    await expect(reader.getByTestId('comments-closed')).toBeVisible();
    await expect(reader.getByRole('form', { name: 'Add a comment' })).toHaveCount(0);
    await reader.goto(ARTICLE);
    await expect(reader.getByTestId('comment-signin-prompt')).toBeVisible();
    await expect(reader.getByTestId('comments-closed')).toHaveCount(0);
  } finally {
    await closeAfter.fill('');
    // The status still reads "saved" from the first save: wait for this save's own answer instead.
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/settings'));
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await answered;
    await expect(settings.getByRole('status')).toHaveText(/saved|Nothing changed/);
  }
  await reader.goto('/articles/red-sea-detours-cost-egypt-its-canal-income');
  await expect(reader.getByTestId('comments-closed')).toHaveCount(0);
});
