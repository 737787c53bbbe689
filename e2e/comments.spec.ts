import { test, expect, expectInSidebarSoon } from './fixtures';
import { ARTICLE, commentBy, openCommentForm, postComment, signUp, uniqueReader } from './helpers';

test('a reader signs up, comments, sees it in the thread and the sidebar, replies, edits and deletes', async ({ page }) => {
  const reader = uniqueReader();
  await signUp(page, reader);

  const text = `A ceasefire that excludes the energy grid will not hold through winter. (${reader.name})`;
  await postComment(page, text);
  const mine = commentBy(page, reader.name).filter({ hasText: text });
  await expect(mine).toBeVisible();

  await expectInSidebarSoon(page, '/finance', reader.name);

  await page.goto(ARTICLE);
  // The controls load as the reader scrolls down to the thread.
  await mine.scrollIntoViewIfNeeded();
  await mine.getByRole('button', { name: 'Reply' }).click();
  const replyForm = page.getByRole('form', { name: `Reply to ${reader.name}` });
  await replyForm.getByRole('textbox').fill(`Replying to myself with a correction, ${reader.name}.`);
  // The flood window (15 s) applies to replies too: the form says so and keeps the text.
  await replyForm.getByRole('button', { name: 'Post reply' }).click();
  await expect(replyForm.getByRole('status', { name: 'Comment form message' })).toHaveText(/too quickly\. Please wait \d+ seconds?/);
  await expect(replyForm.getByRole('textbox')).toHaveValue(`Replying to myself with a correction, ${reader.name}.`);
  await page.waitForTimeout(15_500);
  await replyForm.getByRole('button', { name: 'Post reply' }).click();
  const replies = page.getByRole('list', { name: `Replies to ${reader.name}` });
  await expect(replies.getByText(`Replying to myself with a correction, ${reader.name}.`)).toBeVisible();

  await mine.getByRole('button', { name: 'Edit' }).first().click();
  const editForm = page.getByRole('form', { name: 'Edit your comment' });
  await editForm.getByRole('textbox').fill(`${text} Edited to add: the grid matters most.`);
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  const edited = commentBy(page, reader.name).filter({ hasText: 'Edited to add' });
  await expect(edited).toBeVisible();
  await expect(edited.getByText('edited', { exact: true })).toBeVisible();

  await edited.getByRole('button', { name: 'Delete' }).first().click();
  await page.getByRole('form', { name: 'Delete your comment' }).getByRole('button', { name: 'Yes, delete' }).click();
  // It had a reply, so a placeholder keeps the thread readable.
  await expect(page.getByText('This comment was deleted by its author.').first()).toBeVisible();
  await expect(page.getByText('Edited to add: the grid matters most.')).toHaveCount(0);
});

test('another reader cannot edit or delete someone else’s comment, but can report it once', async ({ browser }) => {
  const author = uniqueReader('author');
  const other = uniqueReader('other');
  const first = await browser.newPage();
  await signUp(first, author);
  const text = `Turkey’s mediation deserves more credit than it gets. (${author.name})`;
  await postComment(first, text);

  const second = await browser.newPage();
  await signUp(second, other);
  const theirs = commentBy(second, author.name).filter({ hasText: text });
  await expect(theirs).toBeVisible();
  await theirs.scrollIntoViewIfNeeded();
  await expect(theirs.getByRole('button', { name: 'Reply' })).toBeVisible();
  await expect(theirs.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(theirs.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await theirs.getByRole('button', { name: 'Report' }).click();
  const report = second.getByRole('form', { name: 'Report this comment' });
  await report.getByRole('button', { name: 'Report' }).click();
  await expect(second.getByRole('status', { name: 'Comment action message' })).toHaveText(/Thanks for reporting/);
  await second.reload();
  const again = commentBy(second, author.name).filter({ hasText: text });
  await again.scrollIntoViewIfNeeded();
  await again.getByRole('button', { name: 'Report' }).click();
  await second.getByRole('form', { name: 'Report this comment' }).getByRole('button', { name: 'Report' }).click();
  await expect(second.getByRole('status', { name: 'Comment action message' })).toHaveText(/already reported/);
  await first.close();
  await second.close();
});

test('signed-out readers see a prompt to sign in that returns them to the thread', async ({ page }) => {
  await page.goto(ARTICLE);
  const prompt = page.getByTestId('comment-signin-prompt');
  await expect(prompt).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a comment' })).toHaveCount(0);
  await prompt.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles%2Fistanbul-talks-inch-towards-a-ceasefire%23comments/);
});

test('hostile comments and display names render as inert text, in the thread and the sidebar', async ({ page }) => {
  const polyglot = 'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>';
  const reader = { ...uniqueReader('hostile'), name: polyglot.slice(0, 80) };
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await signUp(page, reader);
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript&#58;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://example.com/x" onerror="alert(1)',
    polyglot,
  ];
  const body = payloads.join('\n\n');
  await postComment(page, body);
  const comment = commentBy(page, reader.name).first();
  await expect(comment).toBeVisible();
  for (const payload of payloads.slice(0, 3)) await expect(comment.getByText(payload, { exact: true })).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')).toHaveCount(0);
  await expect(page.locator('[data-testid="comment-thread"] script, [data-testid="comment-thread"] svg, [data-testid="comment-thread"] img')).toHaveCount(0);
  const link = comment.getByRole('link', { name: 'https://example.com/x' });
  await expect(link).toHaveAttribute('href', 'https://example.com/x');
  await expect(link).toHaveAttribute('rel', 'ugc nofollow noopener noreferrer');

  const sidebar = await expectInSidebarSoon(page, '/technology', reader.name);
  await expect(sidebar.locator('script, svg, img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the comment form refuses empty, oversized and NUL-byte comments with a clear message and keeps the text', async ({ page }) => {
  const reader = uniqueReader('limits');
  await signUp(page, reader);
  const form = await openCommentForm(page);
  const message = form.getByRole('status', { name: 'Comment form message' });
  const box = form.getByRole('textbox');
  await box.fill('    \n   ');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(message).toHaveText('Your comment cannot be empty.');
  const long = 'x'.repeat(5001);
  await box.fill(long);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(message).toHaveText(/at most 5,000 characters/);
  await expect(box).toHaveValue(long);
  await box.fill('before\u0000after');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(message).toHaveText(/characters we can’t store/);
});

test('calling the comment action without a session stores nothing', async ({ page, request }) => {
  const html = await (await request.get(ARTICLE)).text();
  const formHtml = /<form[^>]*aria-label="Add a comment"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  expect(formHtml, 'the cached page carries the comment form for everyone').toBeTruthy();
  const fields: Record<string, string> = {};
  for (const match of formHtml!.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g))
    fields[match[1]!] = (match[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const marker = `Bare POST without a session ${Date.now()}`;
  const response = await request.post(ARTICLE, {
    multipart: { ...fields, body: marker, userId: 'someone', status: 'published', createdAt: '2001-01-01' },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  await page.goto(ARTICLE);
  await expect(page.getByText(marker)).toHaveCount(0);
});

test('without JavaScript, a signed-out comment leads to sign-in and back to the thread with the text kept', async ({ browser }) => {
  const reader = uniqueReader('nojs');
  const setup = await browser.newPage();
  await signUp(setup, reader, '/about');
  await setup.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const text = `Typed before signing in, without JavaScript. ${reader.name}`;
  const form = page.getByRole('form', { name: 'Add a comment' });
  await form.getByRole('textbox').fill(text);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles%2Fistanbul-talks-inch-towards-a-ceasefire%2Frespond/);
  await page.getByLabel('Email').fill(reader.email);
  await page.getByLabel('Password').fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/articles\/istanbul-talks-inch-towards-a-ceasefire\/respond$/);
  const again = page.getByRole('form', { name: `Comment as ${reader.name}` });
  await expect(again.getByRole('textbox')).toHaveValue(text);
  await again.getByRole('button', { name: 'Post comment' }).click();
  await expect(page).toHaveURL(/\/articles\/istanbul-talks-inch-towards-a-ceasefire#comment-\d+$/);
  await expect(commentBy(page, reader.name).filter({ hasText: text })).toBeVisible();
  await context.close();
});

test('a throttled sign-in shows the retry message, and the endpoint answers 429', async ({ page, request }) => {
  const email = `nobody-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('status', { name: 'Form message' })).toHaveText(/incorrect|Too many/);
  }
  await page.getByLabel('Password').fill('wrong-password-again');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status', { name: 'Form message' })).toHaveText(/Too many sign-in attempts\. Try again in \d+ minutes?\./);
  await expect(page.getByLabel('Email')).toHaveValue(email);

  // The endpoint behind the form: after the same number of wrong tries from one client, 429 with a wait.
  const other = `nobody-else-${Date.now()}@example.com`;
  const csrf = await (await request.get('/api/auth/csrf')).json();
  const attempt = () => request.post('/api/auth/callback/credentials', { form: { email: other, password: 'x', csrfToken: csrf.csrfToken }, maxRedirects: 0 });
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(302);
  const response = await attempt();
  expect(response.status()).toBe(429);
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
});

test('unknown email and wrong password get the same answer', async ({ page }) => {
  const reader = uniqueReader('same');
  await signUp(page, reader, '/about');
  await page.context().clearCookies();
  const answers: string[] = [];
  for (const email of [reader.email, `unknown-${Date.now()}@example.com`]) {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('definitely-wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const status = page.getByRole('status', { name: 'Form message' });
    await expect(status).not.toBeEmpty();
    answers.push((await status.textContent()) ?? '');
  }
  expect(answers[0]).toBe('Email or password is incorrect.');
  expect(answers[1]).toBe(answers[0]);
});

test('a reader without JavaScript reads the conversation newest first or most recommended first', async ({ browser, request }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(ARTICLE);
  await page.getByRole('navigation', { name: 'Order comments' }).getByRole('link', { name: 'Newest' }).click();
  await expect(page).toHaveURL(/\/comments\?order=newest$/);
  const order = page.getByRole('navigation', { name: 'Order comments' });
  await expect(order.getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
  const topLevel = page.locator('[data-live-thread] > li');
  const created = await topLevel.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.created ?? ''));
  expect(created.length).toBeGreaterThan(1);
  expect(created).toEqual([...created].sort().reverse());

  await order.getByRole('link', { name: 'Most recommended' }).click();
  const recommends = await topLevel.evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.recommends)));
  expect(recommends).toEqual([...recommends].sort((a, b) => b - a));

  await page.getByRole('link', { name: '← Back to the story' }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#comments$`));
  expect((await request.get('/articles/no-such-story-anywhere/comments?order=newest')).status()).toBe(404);
});
