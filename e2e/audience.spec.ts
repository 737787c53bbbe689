import type { Browser, Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { signIn } from './helpers';

const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };
const WRITER = { email: 'writer@newshub.test', password: 'newsroom-writer-2026' };
// A story no other browser test opens, so its count moves only with this file's readers.
const STORY = '/articles/satellite-broadband-reaches-northern-kenya-but-price-out-of-reach';
const HEADLINE = /Satellite broadband reaches northern Kenya/;

async function staffPage(browser: Browser, who: { email: string; password: string }, to: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password, to);
  await expect(page).toHaveURL(new RegExp(`${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  return page;
}

const isBeacon = (response: Response) => new URL(response.url()).pathname === '/api/views';

/** The story's "N views in all" on its edit page. */
async function storyViews(page: Page, editUrl: string): Promise<number> {
  await page.goto(editUrl);
  const line = page.getByRole('region', { name: 'Readers' }).getByText(/views? in all/);
  const text = (await line.textContent()) ?? '';
  return Number(/([\d,]+)\s+views? in all/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
}

test('a reader’s visit reaches the story’s numbers within seconds; staff, readers who ask not to be tracked and bots are not counted', async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR, '/admin/articles');
  await editor.goto(`/admin/articles?q=${encodeURIComponent('Satellite broadband')}`);
  await editor.getByRole('link', { name: HEADLINE }).first().click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  const editUrl = editor.url();
  const before = await storyViews(editor, editUrl);
  expect(before).toBeGreaterThanOrEqual(0);

  // A reader with JavaScript: one beacon, once the page is usable, counted.
  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const counted = reader.waitForResponse(isBeacon);
  await reader.goto(STORY);
  const beacon = await counted;
  expect(beacon.request().method()).toBe('POST');
  expect(JSON.parse(beacon.request().postData() ?? '{}')).toMatchObject({ path: STORY, width: 390 });
  expect(await beacon.headerValue('x-view')).toBe('counted');
  expect((await beacon.request().allHeaders())['cookie']).toBeUndefined();

  // A reader without JavaScript: the page's counting image.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const pixel = noScript.waitForResponse(isBeacon);
  await noScript.goto(STORY);
  expect(await (await pixel).headerValue('x-view')).toBe('counted');

  // Do Not Track and Global Privacy Control: asked for, honoured.
  for (const header of [{ DNT: '1' }, { 'Sec-GPC': '1' }] as Record<string, string>[]) {
    const private_ = await (await browser.newContext({ extraHTTPHeaders: header })).newPage();
    const answer = private_.waitForResponse(isBeacon);
    await private_.goto(STORY);
    expect(await (await answer).headerValue('x-view')).toBe('opted-out');
  }

  // Staff reading their own site.
  const own = editor.waitForResponse(isBeacon);
  await editor.goto(STORY);
  expect(await (await own).headerValue('x-view')).toBe('staff');

  // A crawler asking for the image directly.
  const bot = await (
    await browser.newContext()
  ).request.get('/api/views', {
    headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)', referer: `http://localhost${STORY}` },
  });
  expect(bot.headers()['x-view']).toBe('bot');

  // Written within a few seconds: exactly the two readers.
  await expect(async () => expect(await storyViews(editor, editUrl)).toBe(before + 2)).toPass({ timeout: 20_000 });
});

test('editors read the audience dashboard: charts with their tables, top stories, sources, and CSV exports', async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR, '/admin/audience');
  await expect(editor.getByRole('heading', { level: 1, name: 'Audience' })).toBeVisible();
  await expect(editor.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Audience' })).toBeVisible();
  const viewsToday = editor.getByRole('term').filter({ hasText: 'Views today' });
  await expect(viewsToday).toBeVisible();

  // The chart's numbers are in a table, for screen readers and for checking.
  await editor.getByText('Show the numbers as a table').first().click();
  const daily = editor.getByRole('table', { name: /Day by day/ });
  await expect(daily.getByRole('row')).toHaveCount(31);
  await expect(daily.getByRole('columnheader', { name: 'Visitors (estimated)' })).toBeVisible();

  // The demo's readership: most read lists lead to the stories' edit pages.
  const top = editor.getByRole('region', { name: 'Most read, last 24 hours' });
  await expect(top.getByRole('listitem').first()).toBeVisible();
  await expect(editor.getByRole('table', { name: /Where readers came from/ }).getByRole('rowheader', { name: 'google.com', exact: true })).toBeVisible();

  const download = editor.waitForEvent('download');
  await editor.getByRole('link', { name: 'Download CSV for Most read, last 7 days' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^newshub-top-7d-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv as Buffer[]).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('Rank,Story,Section,Views,Comments');
  expect(text.split('\r\n').length).toBeGreaterThan(2);

  // Writers have no audience dashboard; signed-out visitors no export.
  const writer = await staffPage(browser, WRITER, '/admin/audience');
  await expect(writer.getByText('The audience numbers are for editors and admins.')).toBeVisible();
  await expect(writer.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Audience' })).toHaveCount(0);
  const anonymous = await (await browser.newContext()).request.get('/admin/audience/export?table=daily', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()['location']).toMatch(/\/signin/);
  const forbidden = await writer.request.get('/admin/audience/export?table=daily');
  expect(forbidden.status()).toBe(403);
});

test('the front page lists the most read stories of the last day', async ({ page }) => {
  await page.goto('/');
  const mostRead = page.getByRole('region', { name: 'Most read' });
  await expect(mostRead.getByRole('listitem')).toHaveCount(5);
  await mostRead.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\//);
});
