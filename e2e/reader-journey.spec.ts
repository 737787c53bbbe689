import { test, expect, expectSidebar, expectOneH1, forgetExpected404s } from './fixtures';

test('a reader goes from the front page to a section, an article, its author and a tag', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'NewsHub home' })).toBeVisible();
  await expectOneH1(page);
  await expectSidebar(page);
  const lead = page.getByRole('region', { name: 'Lead story' });
  await expect(lead.getByRole('heading', { level: 2 })).toContainText('Istanbul');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Finance' }).click();
  await expect(page).toHaveURL(/\/finance$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Finance' })).toBeVisible();
  await expectSidebar(page);

  // The newest story with a picture (stories without one are fine too, but this walk checks the hero's alt text).
  const firstStory = page
    .getByRole('main')
    .getByRole('article')
    .filter({ has: page.locator('img') })
    .first()
    .getByRole('heading', { level: 2 })
    .getByRole('link');
  const headline = (await firstStory.textContent())!.trim();
  await firstStory.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expectOneH1(page);
  await expect(page.getByRole('img').first()).toHaveAttribute('alt', /.{10,}/);
  await expect(page.getByRole('heading', { name: /^Comments/ })).toBeVisible();
  await expectSidebar(page);

  const author = page.getByRole('link', { name: /.+/ }).and(page.locator('[rel="author"]'));
  const authorName = (await author.textContent())!.trim();
  await author.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(authorName);
  await expectSidebar(page);

  await page.getByRole('main').getByRole('article').first().getByRole('heading', { level: 2 }).getByRole('link').click();
  const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first();
  const topicName = (await topic.textContent())!.trim();
  await topic.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(topicName);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expectSidebar(page);
});

test('the article page shows byline, times, tags, threaded comments and related stories', async ({ page }) => {
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Istanbul talks');
  await expect(page.getByText(/^By /)).toContainText('Amara Osei');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  const thread = page.getByTestId('comment-thread');
  await expect(thread.getByRole('article').first()).toBeVisible();
  await expect(thread.getByRole('list', { name: /^Replies to/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related stories' })).toBeVisible();
});

test('times in the HTML are true for everyone; the browser then says "3 h ago" in the same space, moving nothing', async ({ page, browser, request }) => {
  const html = await (await request.get('/articles/istanbul-talks-inch-towards-a-ceasefire')).text();
  const times = [...html.matchAll(/<time[^>]*dateTime="([^"]+)"[^>]*>([^<]*)<\/time>/gi)].map(([, iso, text]) => ({ iso: iso!, text: text! }));
  expect(times.length).toBeGreaterThan(5);
  const inLondon = (iso: string, zone: boolean) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/London',
      timeZoneName: zone ? 'short' : undefined,
    }).formatToParts(new Date(iso));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}${zone ? ` ${part('timeZoneName')}` : ''}`;
  };
  for (const { iso, text } of times) {
    expect(text, 'no relative time in the HTML').not.toMatch(/just now|ago|yesterday/);
    expect([inLondon(iso, false), inLondon(iso, true)]).toContain(text);
  }

  // Where each comment's time sits without JavaScript …
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const still = await plain.newPage();
  await still.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  const boxes = async (p: typeof page) =>
    p
      .getByTestId('comment-thread')
      .locator('time')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('datetime'), Math.round(el.getBoundingClientRect().width)]));
  const before = Object.fromEntries(await boxes(still));
  await plain.close();

  // … and with it, once the reader has scrolled down to the conversation: relative wording, the same
  // boxes, and no layout shift on the page.
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  await page.getByTestId('comment-thread').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('comment-thread').locator('time').first()).toHaveText(/ago|just now|yesterday|\d{4}/);
  await expect(
    page
      .getByTestId('comment-thread')
      .locator('time')
      .filter({ hasText: /ago|just now|yesterday/ })
      .first(),
  ).toBeVisible();
  const after = Object.fromEntries(await boxes(page));
  for (const [iso, width] of Object.entries(before)) expect(Math.abs((after[iso] as number) - (width as number)), `width of ${iso}`).toBeLessThanOrEqual(1);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('the sidebar links to the comment in its thread and never shows held or hidden comments', async ({ page }) => {
  await page.goto('/about');
  await page.goto('/');
  const sidebar = await expectSidebar(page);
  const items = sidebar.getByRole('listitem');
  await expect(items).toHaveCount(5);
  const link = items.first().getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+#comment-\d+$/);
  await link.click();
  const anchor = href!.split('#')[1]!;
  await expect(page.locator(`#${anchor}`)).toBeVisible();
});

test('pages past the end, drafts, unknown and malformed URLs are 404s without a stack trace', async ({ page, request, consoleErrors }) => {
  for (const path of [
    '/articles/no-such-story',
    '/articles/draft-port-authority-dredging-contract',
    '/articles/review-city-council-night-bus-pilot',
    '/articles/scheduled-budget-week-what-to-watch',
    "/articles/'--",
    '/articles/%27%20OR%201=1--',
    `/articles/${'a'.repeat(5000)}`,
    `/articles/${'a'.repeat(250)}`,
    `/tags/${'b'.repeat(150)}`,
    '/articles/__build__',
    '/finance/page/999',
    '/finance/page/0',
    '/finance/page/abc',
    '/no-such-section',
    '/authors/nobody',
    '/tags/no-such-tag',
    '/front/other',
    '/%E2%80%AE',
    '/no/such/deep/path',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await response.text();
    expect(body, path).not.toMatch(/at \w+ \(|node_modules|Error:/);
  }
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
  // A URL no route matches gets the whole site frame too.
  expect((await page.goto('/no/such/deep/path'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('link', { name: 'NewsHub home' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  forgetExpected404s(consoleErrors);
});

test('a NUL byte in the URL is refused cleanly', async ({ request }) => {
  const response = await request.get('/articles/%00');
  expect([400, 404]).toContain(response.status());
  expect(await response.text()).not.toMatch(/at \w+ \(|node_modules/);
});

test('the layout works on a phone: navigation scrolls, no horizontal overflow', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/finance', '/articles/istanbul-talks-inch-towards-a-ceasefire']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expectSidebar(page);
  }
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/finance');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('hero images are served from the database, cached briefly and revalidated by ETag', async ({ page, request }) => {
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  const src = await page.getByRole('main').getByRole('img').first().getAttribute('src');
  expect(src).toMatch(/^\/media\//);
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml');
  expect(response.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
  expect(response.headers()['content-security-policy']).toContain('sandbox');
  const again = await request.get(src!, { headers: { 'if-none-match': response.headers()['etag']! } });
  expect(again.status()).toBe(304);
  expect((await request.get('/media/not-an-id')).status()).toBe(404);
});

test('security headers are sent on reader pages', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
});

test('a page served from the cache is sent in ASCII and reads with its typographic quotes', async ({ page, request }) => {
  const path = '/articles/brightwells-to-close-31-department-stores-putting-2400-jobs-at-risk';
  // Uncompressed, as a caching proxy in front of the site would ask for it.
  const identity = { headers: { 'Accept-Encoding': 'identity' } };
  await request.get(path, identity); // the first request renders and caches the page
  const cached = await request.get(path, identity);
  expect(cached.status()).toBe(200);
  const bytes = await cached.body();
  expect(Number(cached.headers()['content-length'])).toBe(bytes.length);
  expect(bytes.every((byte) => byte < 0x80)).toBe(true);
  expect(bytes.toString('latin1')).toContain('Brightwell&#x2019;s to close 31 department stores');

  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brightwell’s to close 31 department stores, putting 2,400 jobs at risk');
  await expect(page).toHaveTitle(/^Brightwell’s to close/);
  // The inlined page data decodes to the same text: a client navigation back and forth renders it again.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Business' }).click();
  await expect(page).toHaveURL(/\/business$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Brightwell’s to close/);
});

test('a reader searches from the masthead and gets ranked, highlighted results', async ({ page }) => {
  await page.goto('/finance');
  const search = page.getByRole('search', { name: 'Site search' });
  await search.getByRole('searchbox').fill('ceasefire');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=ceasefire/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ceasefire');
  const first = page.getByRole('main').getByRole('article').first();
  await expect(first.getByRole('heading').getByRole('link')).toContainText(/ceasefire/i);
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
  await expectSidebar(page);
  for (const q of ['%', '_', '\\', "'", 'a & | !', '<script>alert(1)</script>', "'--"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('feeds and the sitemap are linked and served as XML', async ({ page, request }) => {
  await page.goto('/finance');
  const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  expect(await rss.count()).toBeGreaterThan(0);
  for (const path of ['/tags/diplomacy', '/about', '/articles/istanbul-talks-inch-towards-a-ceasefire']) {
    await page.goto(path);
    expect(
      await page
        .locator('link[rel="alternate"][type="application/rss+xml"]')
        .evaluateAll((links) => links.filter((l) => new URL((l as HTMLLinkElement).href).pathname === '/feed.xml').length),
      path,
    ).toBe(1);
  }
  for (const path of ['/feed.xml', '/atom.xml', '/finance/feed.xml', '/sitemap.xml', '/sitemaps/news.xml', '/robots.txt']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin');
});

test('an article shares a generated card with its headline as og:image and twitter:image', async ({ page, request }) => {
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  const twitterImage = await page.locator('meta[name="twitter:image"]').getAttribute('content');
  expect(new URL(ogImage!).pathname).toBe('/articles/istanbul-talks-inch-towards-a-ceasefire/social-card.png');
  expect(new URL(ogImage!).searchParams.get('v')).toMatch(/^[0-9a-z]+$/);
  expect(twitterImage).toBe(ogImage);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');

  const card = await request.get('/articles/istanbul-talks-inch-towards-a-ceasefire/social-card.png');
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  const png = await card.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16-23.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  for (const path of [
    '/articles/no-such-story/social-card.png',
    '/articles/draft-port-authority-dredging-contract/social-card.png',
    '/articles/Bad%20Slug/social-card.png',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('every reader page has a canonical URL and an OpenGraph and Twitter card', async ({ page, request }) => {
  for (const path of ['/', '/finance', '/tags/diplomacy', '/authors/amara-osei', '/about']) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content'), path).toBe(canonical);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:description"]'), path).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
    expect(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname, path).toBe('/social-card.png');
  }
  const card = await request.get('/social-card.png');
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
});

test('the site has a favicon, a home-screen icon and a web app manifest whose icons exist', async ({ page, request }) => {
  await page.goto('/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /apple-touch-icon\.png/);
  const manifestHref = await head.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: 'NewsHub', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
});

test('the front page ranks the most discussed stories, and the sidebar leads to a section’s conversation', async ({ page }) => {
  await page.goto('/');
  const ranked = page.getByRole('region', { name: 'Most discussed' }).getByRole('listitem');
  await expect(ranked.first()).toBeVisible();
  const counts = (await ranked.allInnerTexts()).map((text) => Number(/(\d+) comments?/.exec(text)![1]));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  await page.getByRole('complementary').getByRole('link', { name: 'Comments in World' }).click();
  await expect(page).toHaveURL(/\/comments\/world$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Recent comments in World' })).toBeVisible();
  const items = page.getByTestId('comments-list').getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/[^/]+#comment-\d+$/);
  await expect(page.getByRole('link', { name: 'World', exact: true }).first()).toBeVisible();
  expect((await page.request.get('/comments/no-such-section')).status()).toBe(404);
});

test('a first page paints at once in the device’s faces; the house faces arrive once the reader engages and set the next page', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  const faces = () =>
    page.evaluate(() => ({
      marked: document.documentElement.dataset.fonts ?? null,
      headline: getComputedStyle(document.querySelector('.font-serif')!).fontFamily,
      text: getComputedStyle(document.body).fontFamily,
    }));
  await page.goto('/');
  const first = await faces();
  expect(first.marked).toBeNull();
  expect(first.headline).toContain('House Serif Fallback');
  expect(first.headline).not.toMatch(/houseSerif\b/);
  expect(first.text).not.toMatch(/houseSans\b/);
  // A reader who only glances at the page costs no font bytes …
  await page.waitForLoadState('networkidle');
  expect(fontRequests).toEqual([]);

  // … one who scrolls gets them fetched, without the page they are on changing.
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => localStorage.getItem('newshub-house-fonts') === '1');
  expect(await page.evaluate(() => document.fonts.check('1em houseSerif') && document.fonts.check('1em houseSans'))).toBe(true);
  expect((await faces()).marked).toBeNull();

  // The next page, reached within the site, is set in them …
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Finance' }).click();
  await expect(page).toHaveURL(/\/finance$/);
  await expect.poll(async () => (await faces()).marked).toBe('1');
  expect((await faces()).headline).toMatch(/houseSerif\b/);
  expect((await faces()).text).toMatch(/houseSans\b/);

  // … and so is every page loaded afresh, from its first paint.
  await page.goto('/articles/istanbul-talks-inch-towards-a-ceasefire');
  const fresh = await faces();
  expect(fresh.marked).toBe('1');
  expect(fresh.headline).toMatch(/houseSerif\b/);
});

test('on a phone the story and its lead image are on screen before the site’s scripts run, and the page is ready once it has loaded', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ['/', '/articles/istanbul-talks-inch-towards-a-ceasefire']) {
    await page.goto(path);
    const seen = await page.evaluate(async () => {
      const lead = await new Promise<number | null>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'lead');
          if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => resolve(null), 1_000);
      });
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' && /\/_next\/static\/.+\.js/.test(r.name));
      return {
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        lead,
        firstScript: Math.min(...scripts.map((s) => s.startTime)),
        scripts: scripts.length,
        // React has taken the page over (a reader's first tap is not lost), and nothing is left of the loader.
        ready: Object.keys(document).some((key) => key.startsWith('__reactContainer')),
        frames: document.querySelectorAll('iframe').length,
      };
    });
    expect(seen.scripts, path).toBeGreaterThan(0);
    expect(seen.paint, path).not.toBeNull();
    expect(seen.lead, `${path}: the lead image is reported on screen`).not.toBeNull();
    // Scripts wait for the story's first paint and its lead image; after two seconds they load regardless.
    if (seen.firstScript < 2_000) expect(seen.firstScript, path).toBeGreaterThanOrEqual(Math.max(seen.paint ?? 0, seen.lead ?? 0));
    expect(seen.ready, path).toBe(true);
    expect(seen.frames, path).toBe(0);
  }
  // A page Next.js draws in the browser (its not-found shell) has nothing to paint first: its scripts are
  // not held back, and the reader gets the page at once.
  const missing = await page.goto('/no-such-section-here');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('elementtiming=lead'))).toBe(false);
  await page.goto('/');
  // And the page works as a page of the site: a tap on a section link is a client navigation.
  await page.getByRole('link', { name: 'World', exact: true }).first().click();
  await expect(page).toHaveURL(/\/world$/);
  await context.close();
});
