import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, mailOutbox, newsletterIssues, newsletterSettings } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { siteUrl } from '@/lib/env';
import { personalise, renderIssue, type RenderedEmail } from '@/lib/newsletters/render';
import { siteTime } from '@/lib/time/site-time';
import { listCards } from '../listing';
import { isPublished } from '../mappers';
import { mailTransport, newMessageId } from '../mail';
import { countActiveSubscribers, listNewsletters } from '../newsletter-subscribers';
import { composeBriefing, publishIssue, readNewsletterSettings, storyOf, type NewsletterSettings } from '../newsletter-issues';
import { dayIn } from '@/lib/analytics/days';
import { siteTimeZone } from '@/lib/time/site-time';
import { wakeNewsletterWorker } from '../newsletter-worker';
import { audit } from './audit';
import { fail, FORBIDDEN, ok, type AdminCode, type Result } from '../result';

export type ListAudience = { key: string; name: string; active: number };
export type IssueSummary = {
  id: number;
  kind: string;
  list: string;
  subject: string;
  createdAt: string;
  createdBy: string | null;
  recipients: number;
  sent: number;
  waiting: number;
  failed: number;
  skipped: number;
};
export type NewsletterOverview = {
  settings: NewsletterSettings & { pickSlugs: string[] };
  lists: ListAudience[];
  suppressed: number;
  issues: IssueSummary[];
  outbox: boolean;
};

export async function newsletterOverview(actor: Actor | null): Promise<Result<NewsletterOverview, AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const db = await getDb();
  const [settings, lists] = await Promise.all([readNewsletterSettings(), listNewsletters()]);
  const [counts, suppressed, issues, picks] = await Promise.all([
    countActiveSubscribers(lists.map((l) => l.key)),
    db.execute<{ n: number }>(sql`select count(*)::int as n from newsletter_subscribers where suppressed_at is not null`),
    db.execute<Omit<IssueSummary, 'createdAt'> & { created_at: Date }>(sql`
      select i.id, i.kind, i.list, i.subject, i.created_at, u.name as "createdBy", i.recipients,
             count(d.id) filter (where d.status = 'sent')::int as sent,
             count(d.id) filter (where d.status in ('queued', 'sending'))::int as waiting,
             count(d.id) filter (where d.status = 'failed')::int as failed,
             count(d.id) filter (where d.status = 'skipped')::int as skipped
        from newsletter_issues i
        left join users u on u.id = i.created_by
        left join newsletter_deliveries d on d.issue_id = i.id
       group by i.id, u.name order by i.created_at desc, i.id desc limit 30`),
    settings.picks.length > 0
      ? db.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.id, settings.picks))
      : Promise.resolve([]),
  ]);
  const slugById = new Map(picks.map((p) => [p.id, p.slug]));
  return ok({
    settings: { ...settings, pickSlugs: settings.picks.flatMap((id) => slugById.get(id) ?? []) },
    lists: lists.map((l) => ({ key: l.key, name: l.name, active: counts.get(l.key) ?? 0 })),
    suppressed: suppressed.rows[0]?.n ?? 0,
    issues: issues.rows.map(({ created_at, ...rest }) => ({ ...rest, createdAt: new Date(created_at).toISOString() })),
    outbox: mailTransport().kind === 'outbox',
  });
}

/** Slugs of published stories to their ids, in order; the slugs that are not published stories. */
async function publishedIds(slugs: string[]): Promise<{ ids: number[]; missing: string[] }> {
  if (slugs.length === 0) return { ids: [], missing: [] };
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(and(isPublished, inArray(articles.slug, slugs)));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return { ids: slugs.flatMap((s) => bySlug.get(s) ?? []), missing: slugs.filter((s) => !bySlug.has(s)) };
}

export async function updateNewsletterSettings(
  actor: Actor | null,
  input: { briefingEnabled: boolean; briefingTime: string; picks: string[] },
): Promise<Result<NewsletterSettings, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const { ids, missing } = await publishedIds([...new Set(input.picks)]);
  if (missing.length > 0) return fail('invalid', `Not a published story: ${missing.join(', ')}.`);
  const db = await getDb();
  const values = { briefingEnabled: input.briefingEnabled, briefingTime: input.briefingTime, picks: ids, updatedAt: new Date(), updatedBy: editor.id };
  await db.transaction(async (tx) => {
    await tx
      .insert(newsletterSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: newsletterSettings.id, set: values });
    await audit(
      tx,
      editor.id,
      'newsletter.settings',
      { type: 'newsletter', id: 'settings' },
      { briefingEnabled: input.briefingEnabled, briefingTime: input.briefingTime, picks: ids },
    );
  });
  return ok({ briefingEnabled: input.briefingEnabled, briefingTime: input.briefingTime, picks: ids });
}

export type BreakingEmailInput = { headline: string; message: string; story: string };

async function composeBreaking(input: BreakingEmailInput): Promise<Result<{ email: RenderedEmail; articleIds: number[] }, AdminCode>> {
  let stories: ReturnType<typeof storyOf>[] = [];
  let articleIds: number[] = [];
  if (input.story) {
    const cards = await listCards(and(isPublished, eq(articles.slug, input.story)), 1);
    if (cards.length === 0) return fail('invalid', 'That story is not published. Publish it first, or leave the story empty.');
    stories = cards.map((c) => storyOf(c));
    articleIds = cards.map((c) => c.id);
  }
  const email = await renderIssue({
    kind: 'breaking',
    subject: input.headline,
    preheader: input.message.split('\n')[0]!.slice(0, 140),
    intro: input.message,
    stories,
    listName: 'Breaking news',
    dateLine: siteTime(new Date(), 'datetime', { zone: true }),
    siteUrl: siteUrl(),
  });
  return ok({ email, articleIds });
}

/** The email as subscribers would see it, with placeholder links (for the newsroom's preview). */
export async function previewBreakingEmail(actor: Actor | null, input: BreakingEmailInput): Promise<Result<RenderedEmail, AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const composed = await composeBreaking(input);
  if (!composed.ok) return composed;
  const links = { manage: `${siteUrl()}/newsletters`, unsubscribe: `${siteUrl()}/newsletters` };
  return ok({
    subject: composed.value.email.subject,
    html: personalise(composed.value.email.html, links, true),
    text: personalise(composed.value.email.text, links, false),
  });
}

/** A copy to the editor's own address, marked as a test; audited. */
export async function sendBreakingTest(
  actor: (Actor & { email: string }) | null,
  input: BreakingEmailInput,
): Promise<Result<{ to: string }, AdminCode | 'unavailable'>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const composed = await composeBreaking(input);
  if (!composed.ok) return composed;
  const links = { manage: `${siteUrl()}/newsletters`, unsubscribe: `${siteUrl()}/newsletters` };
  const db = await getDb();
  try {
    await mailTransport().deliver(
      {
        to: editor.email,
        subject: `[Test] ${composed.value.email.subject}`,
        html: personalise(composed.value.email.html, links, true),
        text: personalise(composed.value.email.text, links, false),
        messageId: newMessageId(`test-${Date.now()}-${Math.random().toString(36).slice(2)}`),
      },
      db,
    );
  } catch (error) {
    console.error('[newsletters] test send failed:', error instanceof Error ? error.message : error);
    return fail('unavailable', 'The mail server did not take the test email. Try again in a minute.');
  }
  await audit(db, editor.id, 'newsletter.test', { type: 'newsletter', id: 'breaking' }, { headline: input.headline, to: editor.email });
  return ok({ to: editor.email });
}

/** Writes the breaking-news issue and queues it for every subscriber of the list; audited. */
export async function sendBreakingEmail(
  actor: Actor | null,
  input: BreakingEmailInput,
  requestKey: string,
): Promise<Result<{ id: number; recipients: number }, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const composed = await composeBreaking(input);
  if (!composed.ok) return composed;
  const issue = await publishIssue({
    kind: 'breaking',
    list: 'breaking',
    day: null,
    ...composed.value,
    createdBy: editor.id,
    requestKey,
    audit: { actorId: editor.id, detail: { headline: input.headline, story: input.story || null } },
  });
  // The same form sent twice (a double click, a retry, a second tab): it went out the first time.
  if (!issue) return fail('conflict', 'This email has already been sent. Its progress is under “Sent emails”.');
  wakeNewsletterWorker();
  return ok(issue);
}

/** The briefing as it would go out now, with today's picks and reading: for editors to check before it does. */
export async function previewBriefing(actor: Actor | null, now = new Date()): Promise<Result<RenderedEmail, AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const composed = await composeBriefing(now, dayIn(now, siteTimeZone()), await readNewsletterSettings());
  if (!composed) return fail('not-found', 'Nothing was published or read in the past 24 hours: there would be no briefing today.');
  const links = { manage: `${siteUrl()}/newsletters`, unsubscribe: `${siteUrl()}/newsletters` };
  return ok({ subject: composed.email.subject, html: personalise(composed.email.html, links, true), text: personalise(composed.email.text, links, false) });
}

export type OutboxItem = { id: number; to: string; subject: string; createdAt: string };

/** The local outbox (mail "sent" without SMTP_URL), newest first. */
export async function listOutbox(actor: Actor | null, filter: { to?: string } = {}, limit = 50): Promise<Result<OutboxItem[], AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt })
    .from(mailOutbox)
    .where(filter.to ? eq(mailOutbox.to, filter.to.trim().toLowerCase()) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
}

export type OutboxMessage = OutboxItem & { html: string; text: string; headers: Record<string, string> };

export async function readOutboxMessage(actor: Actor | null, id: number): Promise<Result<OutboxMessage, AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  if (!Number.isSafeInteger(id) || id < 1) return fail('not-found', 'That email is not in the outbox.');
  const db = await getDb();
  const [row] = await db
    .select({ mail: mailOutbox, issueHtml: newsletterIssues.html, issueText: newsletterIssues.text })
    .from(mailOutbox)
    .leftJoin(newsletterIssues, eq(newsletterIssues.id, mailOutbox.issueId))
    .where(eq(mailOutbox.id, id))
    .limit(1);
  if (!row) return fail('not-found', 'That email is not in the outbox.');
  const { mail, issueHtml, issueText } = row;
  // A newsletter's copy: the issue as this reader got it, with their own links.
  const html = mail.links && issueHtml !== null ? personalise(issueHtml, mail.links, true) : mail.html;
  const text = mail.links && issueText !== null ? personalise(issueText, mail.links, false) : mail.text;
  return ok({ id: mail.id, to: mail.to, subject: mail.subject, createdAt: mail.createdAt.toISOString(), html, text, headers: mail.headers });
}
