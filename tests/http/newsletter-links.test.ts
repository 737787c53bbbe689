/**
 * The newsletter links as mail clients, link scanners and attackers use them: one-click unsubscribe
 * POSTs from anywhere without a cookie, browsers opening the same address, made-up and hostile tokens,
 * and the bounce-report endpoint without its secret.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, get } from './support/http';

const MADE_UP = 'A'.repeat(43);

describe('newsletter links', () => {
  it('one-click unsubscribe takes a POST from a mail provider (no cookie, no origin of ours) and says when the link is not valid', async () => {
    for (const origin of [undefined, 'https://mail.example.net']) {
      const response = await fetch(`${baseUrl()}/api/newsletters/unsubscribe?token=${MADE_UP}&list=briefing`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
        redirect: 'manual',
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.text()).toMatch(/not valid/);
    }
    const bad = await fetch(`${baseUrl()}/api/newsletters/unsubscribe?token=${encodeURIComponent("' or 1=1 --")}&list=%3Cscript%3E`, { method: 'POST' });
    expect(bad.status).toBe(404);
  });

  it('a browser opening the one-click address is sent to the page that asks first', async () => {
    const response = await get(`/api/newsletters/unsubscribe?token=${MADE_UP}&list=section%3Aworld`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/newsletters/unsubscribe?token=${MADE_UP}&list=section%3Aworld`);
  });

  it('the confirm, manage and unsubscribe pages answer a bad link with a message, never an error page, and are not indexed', async () => {
    for (const path of [
      `/newsletters/confirm?token=${MADE_UP}`,
      '/newsletters/manage?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/newsletters/unsubscribe',
      `/newsletters/manage?token=${MADE_UP}&token=x`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toMatch(/This link is not valid any more/);
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).toMatch(/<meta name="robots" content="noindex/);
      expect(html, path).toMatch(/<meta name="referrer" content="no-referrer"/);
    }
  });

  it('the sign-up page lists the briefing, breaking news and every section', async () => {
    const html = await (await get('/newsletters')).text();
    for (const name of ['The Daily Briefing', 'Breaking news', 'World daily', 'Finance daily']) expect(html).toContain(name);
  });

  it('bounce and complaint reports need the shared secret', async () => {
    const response = await fetch(`${baseUrl()}/api/newsletters/feedback`, {
      method: 'POST',
      body: JSON.stringify({ type: 'complaint', email: 'someone@example.com' }),
      headers: { 'content-type': 'application/json', authorization: 'Bearer guess' },
    });
    expect(response.status).toBe(403);
  });
});
