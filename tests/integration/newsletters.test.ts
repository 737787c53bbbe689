import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { createArticle, createUser, currentUserFor, getDb, schema, unique } from '../support/db';
import { startSmtpSink, type SmtpSink } from '../../bench/support/smtp-sink';
import { setMailTransport, smtpTransport, type MailTransport } from '@/lib/dal/mail';
import {
  confirmSubscription,
  pendingConfirmation,
  requestSubscription,
  subscriptionsByToken,
  subscriptionsForUser,
  updateSubscriptionsForUser,
} from '@/lib/dal/newsletter-subscribers';
import { drainQueue, enqueueIssue } from '@/lib/dal/newsletter-queue';
import { createDueIssues } from '@/lib/dal/newsletter-issues';
import { sendBreakingEmail, sendBreakingTest, updateNewsletterSettings } from '@/lib/dal/admin/newsletters';
import { POST as oneClick } from '@/app/api/newsletters/unsubscribe/route';
import { dayIn } from '@/lib/analytics/days';

let sink: SmtpSink;
let transport: MailTransport;

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url);
  setMailTransport(transport);
});

afterAll(async () => {
  transport.close();
  await sink.close();
});

beforeEach(() => {
  sink.received.length = 0;
});

const address = (prefix: string) => `${unique(prefix).toLowerCase()}@example.org`;
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/\//g, '\\/')}\\?[^\\s]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return new URL(match[0]);
};

/** A sign-up as the form makes it: the answer, then the confirmation email sent after it. */
async function ask(input: { email: string; lists: unknown[] }) {
  const result = await requestSubscription(input);
  if (result.ok) await result.value.send?.();
  return result;
}

/** A subscriber with confirmed lists, the way a reader gets there: sign up, then the emailed link. */
async function confirmedSubscriber(lists: string[]) {
  const email = address('reader');
  const asked = await ask({ email, lists });
  expect(asked.ok).toBe(true);
  await sink.waitFor(sink.received.length > 0 ? sink.received.length : 1);
  const mail = sink.to(email).at(-1)!;
  const token = linkIn(mail.parsed.text!, '/newsletters/confirm').searchParams.get('token');
  const confirmed = await confirmSubscription(token, null);
  if (!confirmed.ok) throw new Error(confirmed.message);
  return { email, token: confirmed.value.token };
}

async function deliveriesOf(issueId: number) {
  const db = await getDb();
  return db.select().from(schema.newsletterDeliveries).where(eq(schema.newsletterDeliveries.issueId, issueId));
}

describe('double opt-in', () => {
  it('sends a confirmation link, starts nothing until it is used, and then starts exactly the lists asked for', async () => {
    const email = address('optin');
    const asked = await ask({ email: email, lists: ['briefing', 'section:world', 'section:no-such-section', '<script>'] });
    expect(asked.ok && asked.value.pending).toEqual(['briefing', 'section:world']);
    await sink.waitFor(1);
    const [mail] = sink.to(email);
    expect(mail!.parsed.subject).toBe('Confirm your NewsHub newsletters');
    expect(mail!.parsed.html).toContain('Confirm my subscription');
    expect(mail!.parsed.text).toContain('The Daily Briefing');

    const db = await getDb();
    const [subscriber] = await db.select().from(schema.newsletterSubscribers).where(eq(schema.newsletterSubscribers.email, email));
    expect(subscriber!.confirmedAt).toBeNull();
    // The confirmation secret is stored only as a hash.
    const token = linkIn(mail!.parsed.text!, '/newsletters/confirm').searchParams.get('token')!;
    expect(subscriber!.confirmHash).not.toContain(token);
    expect(JSON.stringify(subscriber)).not.toContain(token);

    // Before confirming, a briefing does not reach them.
    const issue = await db
      .insert(schema.newsletterIssues)
      .values({ kind: 'briefing', list: 'briefing', subject: 'Before confirming', html: '<p>x</p>', text: 'x' })
      .returning();
    await enqueueIssue(db, issue[0]!.id, 'briefing');
    expect((await deliveriesOf(issue[0]!.id)).map((d) => d.subscriberId)).not.toContain(subscriber!.id);

    const pending = await pendingConfirmation(token);
    expect(pending.ok && pending.value.lists.map((l) => l.status)).toEqual(['pending', 'pending']);
    const confirmed = await confirmSubscription(token, null);
    expect(confirmed.ok && confirmed.value.lists.map((l) => [l.key, l.status]).sort()).toEqual([
      ['briefing', 'active'],
      ['section:world', 'active'],
    ]);
    // Using the link again changes nothing and is not an error.
    expect((await confirmSubscription(token, null)).ok).toBe(true);
  });

  it('does not mail the same address twice in two minutes, nor say whether it was known', async () => {
    const email = address('twice');
    const first = await ask({ email, lists: ['briefing'] });
    const second = await ask({ email: email, lists: ['breaking'] });
    expect(first.ok && second.ok).toBe(true);
    await sink.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.to(email)).toHaveLength(1);
    // Two requests at the same moment (a double click, two tabs): one email, and its link works.
    const other = address('together');
    const both = await Promise.all([requestSubscription({ email: other, lists: ['briefing'] }), requestSubscription({ email: other, lists: ['briefing'] })]);
    const sends = both.flatMap((r) => (r.ok && r.value.send ? [r.value.send] : []));
    expect(sends).toHaveLength(1);
    await sends[0]!();
    await sink.waitFor(2);
    const token = linkIn(sink.to(other)[0]!.parsed.text!, '/newsletters/confirm').searchParams.get('token');
    expect((await pendingConfirmation(token)).ok).toBe(true);
  });

  it('refuses made-up lists and links', async () => {
    const nothing = await ask({ email: address('none'), lists: ['section:atlantis', 'weekly'] });
    expect(nothing.ok).toBe(false);
    for (const token of ['', 'x', 'A'.repeat(43), null, { $ne: 1 }]) {
      expect((await pendingConfirmation(token)).ok).toBe(false);
      expect((await confirmSubscription(token, null)).ok).toBe(false);
      expect((await subscriptionsByToken(token)).ok).toBe(false);
    }
  });

  it('a signed-in reader confirms the address by email once; from then on the account page changes their newsletters at once', async () => {
    const user = await createUser({ email: address('account') });
    const reader = { id: user.id, email: user.email };
    const first = await updateSubscriptionsForUser(reader, ['breaking']);
    expect(first.ok && first.value.pending).toEqual(['breaking']);
    if (first.ok) await first.value.send?.();
    await sink.waitFor(1);
    expect((await subscriptionsForUser(reader)).proven).toBe(false);
    const token = linkIn(sink.to(user.email)[0]!.parsed.text!, '/newsletters/confirm').searchParams.get('token');
    expect((await confirmSubscription(token, reader)).ok).toBe(true);
    const view = await subscriptionsForUser(reader);
    expect(view).toMatchObject({ proven: true, lists: [{ key: 'breaking', status: 'active' }] });
    const changed = await updateSubscriptionsForUser(reader, ['briefing']);
    expect(changed.ok && changed.value.view.lists).toEqual([{ key: 'briefing', status: 'active' }]);
    expect(changed.ok && changed.value.send).toBeNull();
  });

  it('an account opened with someone else’s address neither sees nor changes their newsletters', async () => {
    const victim = await confirmedSubscriber(['briefing', 'breaking']);
    const attacker = await createUser({ email: victim.email });
    const intruder = { id: attacker.id, email: attacker.email };
    // Signing up with the address while signed in ties nothing to the account.
    await ask({ email: victim.email, lists: ['section:world'] });
    expect(await subscriptionsForUser(intruder)).toMatchObject({ proven: false, lists: [] });
    // Unticking everything removes nothing; ticking a list only asks the address's owner.
    await updateSubscriptionsForUser(intruder, []);
    const asked = await updateSubscriptionsForUser(intruder, ['section:finance']);
    expect(asked.ok && asked.value.view.proven).toBe(false);
    const view = await subscriptionsByToken(victim.token);
    expect(
      view.ok &&
        view.value.lists
          .filter((l) => l.status === 'active')
          .map((l) => l.key)
          .sort(),
    ).toEqual(['breaking', 'briefing']);
    expect(view.ok && view.value.lists.find((l) => l.key === 'section:finance')?.status).toBe('pending');
    const db = await getDb();
    const [row] = await db.select().from(schema.newsletterSubscribers).where(eq(schema.newsletterSubscribers.email, victim.email));
    expect(row!.userId).toBeNull();
  });
});

describe('the daily briefing', () => {
  it('goes out once a day, by itself, with the editors’ picks first, to every confirmed subscriber exactly once', async () => {
    const editor = await currentUserFor((await createUser({ role: 'editor', email: address('editor') })).id);
    const pick = await createArticle({ title: 'Ferry fares rise for the third time this year', publishedAt: new Date(Date.now() - 3 * 3_600_000) });
    const saved = await updateNewsletterSettings(editor, { briefingEnabled: true, briefingTime: '00:00', picks: [pick.slug] });
    expect(saved.ok).toBe(true);
    const readers = [await confirmedSubscriber(['briefing']), await confirmedSubscriber(['briefing', 'breaking']), await confirmedSubscriber(['breaking'])];
    sink.received.length = 0;

    const [created, again] = await Promise.all([createDueIssues(), createDueIssues()]);
    const briefings = [...created, ...again].filter((i) => i.list === 'briefing');
    expect(briefings).toHaveLength(1);
    expect(await createDueIssues()).toEqual([]);

    const sent = await drainQueue({ transport });
    expect(sent.failed).toBe(0);
    for (const reader of readers.slice(0, 2)) {
      const mails = sink.to(reader.email).filter((m) => m.parsed.subject?.startsWith('The Daily Briefing'));
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.parsed.subject).toBe(`The Daily Briefing: ${pick.title}`);
      // The pick leads, ahead of what readers read most.
      expect(/\/articles\/([a-z0-9-]+)/.exec(mail.parsed.html as string)?.[1]).toBe(pick.slug);
      expect(mail.parsed.html).toContain(`/articles/${pick.slug}`);
      // One-click unsubscribe (RFC 8058), personal to this reader, and the same in the body's link.
      const head = mail.raw
        .toString()
        .split(/\r?\n\r?\n/)[0]!
        .replace(/\r?\n[ \t]+/g, ' ');
      expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
      expect(head).toMatch(new RegExp(`^List-Unsubscribe: <https?://[^>]+/api/newsletters/unsubscribe\\?token=${reader.token}&list=briefing>$`, 'm'));
      expect(mail.parsed.text).toContain(`/newsletters/unsubscribe?token=${reader.token}&list=briefing`);
      expect(mail.parsed.messageId).toMatch(new RegExp(`^<issue-${briefings[0]!.id}\\.\\d+@`));
    }
    expect(sink.to(readers[2]!.email)).toHaveLength(0);
    const db = await getDb();
    const [issue] = await db.select().from(schema.newsletterIssues).where(eq(schema.newsletterIssues.id, briefings[0]!.id));
    expect(issue!.day).toBe(dayIn(new Date(), process.env.SITE_TIME_ZONE || 'Europe/London'));
    expect(issue!.articleIds[0]).toBe(pick.id);
    // The scheduled send is in the audit log, by nobody.
    const [logged] = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'newsletter.send'), eq(schema.auditLog.targetId, String(issue!.id))));
    expect(logged).toMatchObject({ actorId: null, detail: expect.objectContaining({ list: 'briefing', scheduled: true }) });
  });
});

describe('breaking news by email', () => {
  it('a test goes to the editor alone; the send goes to breaking-news subscribers and is audited', async () => {
    const editorRow = await createUser({ role: 'editor', email: address('desk') });
    const editor = await currentUserFor(editorRow.id);
    const story = await createArticle({ title: 'Bridge closed after ship strike' });
    const alerted = await confirmedSubscriber(['breaking']);
    const briefingOnly = await confirmedSubscriber(['briefing']);
    sink.received.length = 0;
    const input = {
      headline: 'Bridge closed after ship strike',
      message: 'A cargo ship hit the main span at 06:10.\n\nTraffic is diverted.',
      story: story.slug,
    };

    const test = await sendBreakingTest(editor, input);
    expect(test.ok).toBe(true);
    await sink.waitFor(1);
    expect(sink.received.map((m) => m.to[0])).toEqual([editor.email]);
    expect(sink.received[0]!.parsed.subject).toBe('[Test] Bridge closed after ship strike');

    const reader = await currentUserFor((await createUser()).id);
    expect((await sendBreakingEmail(reader, input, randomUUID())).ok).toBe(false);
    expect((await sendBreakingEmail(editor, { ...input, story: 'not-a-published-story' }, randomUUID())).ok).toBe(false);

    // Sent twice from one form (a double click, a retry): it goes out once.
    const key = randomUUID();
    const [sent, again] = await Promise.all([sendBreakingEmail(editor, input, key), sendBreakingEmail(editor, input, key)]);
    expect([sent.ok, again.ok].sort()).toEqual([false, true]);
    await drainQueue({ transport });
    const got = sink.to(alerted.email);
    expect(got).toHaveLength(1);
    expect(got[0]!.parsed.text).toContain('A cargo ship hit the main span');
    expect(got[0]!.parsed.html).toContain(`/articles/${story.slug}`);
    expect(sink.to(briefingOnly.email)).toHaveLength(0);

    const db = await getDb();
    const audits = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.actorId, editor.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['newsletter.send', 'newsletter.test']);
  });
});

describe('leaving', () => {
  it('one-click unsubscribe works without signing in, and the next issue skips the reader', async () => {
    const reader = await confirmedSubscriber(['briefing', 'breaking']);
    const url = `http://localhost/api/newsletters/unsubscribe?token=${reader.token}&list=breaking`;
    const answer = await oneClick(
      new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(answer.status).toBe(200);
    // Twice is fine; a wrong token is not.
    expect((await oneClick(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status).toBe(200);
    expect((await oneClick(new Request(url.replace(reader.token, 'B'.repeat(43)), { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status).toBe(404);
    const view = await subscriptionsByToken(reader.token);
    expect(view.ok && view.value.lists.map((l) => l.key)).toEqual(['briefing']);
  });

  it('a reader who leaves after an issue is queued does not get it', async () => {
    const reader = await confirmedSubscriber(['breaking']);
    const db = await getDb();
    const [issue] = await db
      .insert(schema.newsletterIssues)
      .values({ kind: 'breaking', list: 'breaking', subject: 'Queued', html: '<p>x</p>', text: 'x' })
      .returning();
    await enqueueIssue(db, issue!.id, 'breaking');
    await oneClick(new Request(`http://localhost/api/newsletters/unsubscribe?token=${reader.token}&list=breaking`, { method: 'POST' }));
    sink.received.length = 0;
    await drainQueue({ transport });
    expect(sink.to(reader.email)).toHaveLength(0);
    const mine = (await deliveriesOf(issue!.id)).filter((d) => d.status === 'skipped');
    expect(mine.length).toBeGreaterThan(0);
  });
});

describe('bounces', () => {
  it('an address the mail server refuses for good gets no more mail; one refused for now is tried again later', async () => {
    const gone = await confirmedSubscriber(['breaking']);
    const busy = await confirmedSubscriber(['breaking']);
    sink.refuse(gone.email, 'permanent');
    sink.refuse(busy.email, 'temporary');
    const db = await getDb();
    const [issue] = await db
      .insert(schema.newsletterIssues)
      .values({ kind: 'breaking', list: 'breaking', subject: 'Bounce test', html: '<p>x</p>', text: 'x' })
      .returning();
    await enqueueIssue(db, issue!.id, 'breaking');
    await drainQueue({ transport });
    const rows = await db
      .select({
        email: schema.newsletterSubscribers.email,
        status: schema.newsletterDeliveries.status,
        next: schema.newsletterDeliveries.nextAttemptAt,
        suppressed: schema.newsletterSubscribers.suppressedReason,
      })
      .from(schema.newsletterDeliveries)
      .innerJoin(schema.newsletterSubscribers, eq(schema.newsletterSubscribers.id, schema.newsletterDeliveries.subscriberId))
      .where(and(eq(schema.newsletterDeliveries.issueId, issue!.id), sql`${schema.newsletterSubscribers.email} in (${gone.email}, ${busy.email})`));
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    expect(byEmail.get(gone.email)).toMatchObject({ status: 'failed', suppressed: 'bounce' });
    expect(byEmail.get(busy.email)).toMatchObject({ status: 'queued', suppressed: null });
    expect(byEmail.get(busy.email)!.next.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // The next issue is not even queued for the bounced address.
    const [next] = await db
      .insert(schema.newsletterIssues)
      .values({ kind: 'breaking', list: 'breaking', subject: 'After the bounce', html: '<p>x</p>', text: 'x' })
      .returning();
    await enqueueIssue(db, next!.id, 'breaking');
    const [goneRow] = await db.select().from(schema.newsletterSubscribers).where(eq(schema.newsletterSubscribers.email, gone.email));
    expect((await deliveriesOf(next!.id)).map((d) => d.subscriberId)).not.toContain(goneRow!.id);
    await db.update(schema.newsletterDeliveries).set({ status: 'skipped' }).where(eq(schema.newsletterDeliveries.status, 'queued'));
  });
});

describe('exactly once', () => {
  it('a sender killed mid-send and another taking over deliver every email once', async () => {
    const db = await getDb();
    await db
      .update(schema.newsletterDeliveries)
      .set({ status: 'skipped' })
      .where(sql`status in ('queued', 'sending')`);
    // A list of its own, so that only this test's subscribers are on it.
    const list = `section:crash-${Date.now()}` as const;
    const count = 60;
    const emails = Array.from({ length: count }, (_, i) => `crash-${i}-${unique('x').toLowerCase()}@example.org`);
    const subscribers = await db
      .insert(schema.newsletterSubscribers)
      .values(
        emails.map((email) => ({
          email,
          token: unique('t')
            .padEnd(43, 'x')
            .slice(0, 43)
            .replace(/[^A-Za-z0-9_-]/g, '_'),
          confirmedAt: new Date(),
        })),
      )
      .returning({ id: schema.newsletterSubscribers.id });
    await db.insert(schema.newsletterSubscriptions).values(subscribers.map((s) => ({ subscriberId: s.id, list, status: 'active' as const })));
    const [issue] = await db.insert(schema.newsletterIssues).values({ kind: 'section', list, subject: 'Crash test', html: '<p>x</p>', text: 'x' }).returning();
    expect(await enqueueIssue(db, issue!.id, list)).toBe(count);

    sink.holdAfter(25);
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'tests/support/newsletter-sender.ts'], {
      env: { ...process.env, SMTP_URL: sink.url, SENDER_LEASE_SECONDS: '2' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await sink.waitFor(25, 30_000);
    // Messages are now held unanswered; let the accepted ones be marked, then kill the sender.
    const deadline = Date.now() + 10_000;
    while (sink.held() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await exited;
    sink.release();
    const midway = await deliveriesOf(issue!.id);
    expect(midway.filter((d) => d.status === 'sent')).toHaveLength(25);
    expect(midway.some((d) => d.status === 'sending')).toBe(true);

    // Its claims run out, and this process takes them over.
    await new Promise((r) => setTimeout(r, 2_500));
    await drainQueue({ transport, leaseSeconds: 2 });
    const after = await deliveriesOf(issue!.id);
    expect(after.every((d) => d.status === 'sent')).toBe(true);
    for (const email of emails) expect(sink.to(email)).toHaveLength(1);
  });
});

describe('privacy', () => {
  it('an address whose confirmation link expired unused is forgotten; confirmed and bounced ones are kept', async () => {
    const db = await getDb();
    const old = new Date(Date.now() - 8 * 86_400_000);
    const [unused, confirmed, bounced] = await db
      .insert(schema.newsletterSubscribers)
      .values([
        { email: address('unused'), token: 'u'.repeat(43), confirmSentAt: old, createdAt: old },
        { email: address('kept'), token: 'k'.repeat(43), confirmSentAt: old, createdAt: old, confirmedAt: old },
        { email: address('bounced'), token: 'b'.repeat(43), confirmSentAt: old, createdAt: old, suppressedAt: old, suppressedReason: 'bounce' },
      ])
      .returning();
    const { forgetUnconfirmed } = await import('@/lib/dal/newsletter-subscribers');
    expect(await forgetUnconfirmed()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ id: schema.newsletterSubscribers.id }).from(schema.newsletterSubscribers);
    const ids = left.map((r) => r.id);
    expect(ids).not.toContain(unused!.id);
    expect(ids).toContain(confirmed!.id);
    expect(ids).toContain(bounced!.id);
  });
});
