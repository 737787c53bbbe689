import { describe, expect, it } from 'vitest';
import { availableLists, parseListKey } from '@/lib/newsletters/lists';
import { briefingDayDue, parseTimeOfDay, retryDelayMs, MAX_ATTEMPTS } from '@/lib/newsletters/schedule';
import { minuteOfDayIn } from '@/lib/analytics/days';
import { parseFeedback } from '@/lib/newsletters/feedback';
import { escapeHtml, personalise, PLACEHOLDERS, renderIssue } from '@/lib/newsletters/render';
import { listHeaders, newsletterLinks } from '@/lib/newsletters/links';
import { hashLinkToken, isLinkToken, newLinkToken } from '@/lib/newsletters/tokens';
import { classifySendError } from '@/lib/dal/mail';

describe('newsletter lists', () => {
  it('accepts the briefing, breaking news and section lists, nothing else', () => {
    expect(parseListKey('briefing')).toBe('briefing');
    expect(parseListKey('breaking')).toBe('breaking');
    expect(parseListKey('section:world')).toBe('section:world');
    for (const bad of ['section:', 'section:World', 'section:a--b', 'weekly', '', null, 3, ['briefing'], 'section:' + 'a'.repeat(100), "briefing' or 1=1"])
      expect(parseListKey(bad)).toBeNull();
  });

  it('lists the briefing first, then breaking news, then every section in order', () => {
    const lists = availableLists([
      { slug: 'world', name: 'World' },
      { slug: 'finance', name: 'Finance' },
    ]);
    expect(lists.map((l) => l.key)).toEqual(['briefing', 'breaking', 'section:world', 'section:finance']);
    expect(lists[2]!.name).toBe('World daily');
  });
});

describe('when the briefing is due', () => {
  it('reads times of day strictly', () => {
    expect(parseTimeOfDay('07:00')).toBe(420);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['7:00', '24:00', '07:60', '0700', '', '07:00:00']) expect(parseTimeOfDay(bad)).toBeNull();
  });

  it('is due from the set time on, for that day in the site’s time zone', () => {
    // 06:30 UTC is 07:30 in Berlin (winter) and 01:30 in New York.
    const at = new Date('2026-12-03T06:30:00Z');
    expect(minuteOfDayIn(at, 'Europe/Berlin')).toBe(7 * 60 + 30);
    expect(briefingDayDue(at, '07:00', 'Europe/Berlin')).toBe('2026-12-03');
    expect(briefingDayDue(at, '07:00', 'America/New_York')).toBeNull();
    // Just after midnight in Tokyo it is already the next day there.
    expect(briefingDayDue(new Date('2026-12-03T15:05:00Z'), '00:00', 'Asia/Tokyo')).toBe('2026-12-04');
    // Half-hour zones.
    expect(minuteOfDayIn(new Date('2026-12-03T01:30:00Z'), 'Asia/Kolkata')).toBe(7 * 60);
  });

  it('backs off between attempts and gives up in the end', () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(5 * 60_000);
    expect(retryDelayMs(99)).toBe(180 * 60_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});

describe('emails', () => {
  it('escapes what editors and writers typed, in the HTML; the text stays as typed', async () => {
    const email = await renderIssue({
      kind: 'breaking',
      subject: 'Ship <strikes> "bridge" & more',
      preheader: '<img src=x onerror=alert(1)>',
      intro: 'Line one <script>alert(1)</script>\n\nLine two',
      stories: [
        { title: '<b>Bold</b> claim', url: 'https://example.com/articles/a?x="1"', standfirst: 'It & that', section: 'World', byline: 'A <i>writer</i>' },
      ],
      listName: 'Breaking news',
      dateLine: 'Thursday',
      siteUrl: 'https://example.com',
    });
    expect(email.html).not.toMatch(/<script|<img src=x|<b>Bold|<i>writer/);
    expect(email.html).toContain('Ship &lt;strikes&gt; &quot;bridge&quot; &amp; more');
    expect(email.text).toContain('<b>Bold</b> claim');
    expect(email.text).toContain('BREAKING NEWS: Ship <strikes>');
    expect(email.html).toContain(PLACEHOLDERS.unsubscribe);
    expect(email.text).toContain(PLACEHOLDERS.manage);
  });

  it('fills in each reader’s own links', () => {
    const links = newsletterLinks('https://example.com', 'T'.repeat(43), 'section:world');
    expect(links.unsubscribe).toBe(`https://example.com/newsletters/unsubscribe?token=${'T'.repeat(43)}&list=section%3Aworld`);
    const html = personalise(`<a href="${PLACEHOLDERS.unsubscribe}">x</a> <a href="${PLACEHOLDERS.manage}">y</a>`, links, true);
    expect(html).toContain('&amp;list=section%3Aworld');
    expect(html).not.toContain('%%');
    expect(personalise(`${PLACEHOLDERS.unsubscribe}`, links, false)).toBe(links.unsubscribe);
  });

  it('carries one-click unsubscribe headers (RFC 8058)', () => {
    const links = newsletterLinks('https://example.com', 'T'.repeat(43), 'briefing');
    const headers = listHeaders(links.oneClick, links.manage, 'briefing', 'example.com');
    expect(headers['List-Unsubscribe']).toBe(`<${links.oneClick}>`);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['List-Id']).toBe('<briefing.newsletters.example.com>');
  });

  it('escapes every character HTML cares about', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('link tokens', () => {
  it('are long, random and URL-safe; only their hash needs keeping', () => {
    const a = newLinkToken();
    const b = newLinkToken();
    expect(a).not.toBe(b);
    expect(isLinkToken(a)).toBe(true);
    expect(hashLinkToken(a)).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of [undefined, '', 'short', `${a}x`, a.replace(/./, '/'), 42]) expect(isLinkToken(bad)).toBe(false);
  });
});

describe('mail server answers', () => {
  it('tells a refused address from a refused message and a passing problem', () => {
    expect(classifySendError({ responseCode: 550, code: 'EENVELOPE', command: 'RCPT TO' })).toBe('bounce');
    expect(classifySendError({ responseCode: 554, code: 'EMESSAGE', command: 'DATA' })).toBe('rejected');
    expect(classifySendError({ responseCode: 451, code: 'EENVELOPE', command: 'RCPT TO' })).toBe('temporary');
    // Our side's problems block nobody: a refused sender, a failed login.
    expect(classifySendError({ responseCode: 550, code: 'EENVELOPE', command: 'MAIL FROM' })).toBe('temporary');
    expect(classifySendError({ responseCode: 535, code: 'EAUTH', command: 'AUTH PLAIN' })).toBe('temporary');
    expect(classifySendError({ code: 'ECONNECTION' })).toBe('temporary');
    expect(classifySendError(new Error('socket hang up'))).toBe('temporary');
  });
});

describe('bounce and complaint reports', () => {
  it('takes one report or a list, and refuses anything else', () => {
    expect(parseFeedback({ type: 'bounce', email: ' Reader@Example.com ' })).toEqual({ ok: true, reports: [{ type: 'bounce', email: 'reader@example.com' }] });
    expect(parseFeedback([{ type: 'complaint', email: 'a@b.c' }]).ok).toBe(true);
    for (const bad of [
      [],
      null,
      'x',
      { type: 'open', email: 'a@b.c' },
      { type: 'bounce' },
      { type: 'bounce', email: 'not an address' },
      Array(1001).fill({ type: 'bounce', email: 'a@b.c' }),
    ])
      expect(parseFeedback(bad).ok).toBe(false);
  });
});
