import 'server-only';
import { and, eq, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { newsletterSubscribers, newsletterSubscriptions, sections } from '@/db/schema';
import type { SubscriptionStatus, SuppressionReason } from '@/lib/domain';
import { siteUrl } from '@/lib/env';
import { availableLists, parseListKey, type ListInfo, type ListKey } from '@/lib/newsletters/lists';
import { confirmLink } from '@/lib/newsletters/links';
import { renderConfirmation } from '@/lib/newsletters/render';
import { hashLinkToken, isLinkToken, newLinkToken } from '@/lib/newsletters/tokens';
import { mailTransport, newMessageId } from './mail';
import { takeConfirmationEmail } from './newsletter-throttle';
import { fail, ok, type Result } from './result';

/** A confirmation link works this long. */
export const CONFIRM_DAYS = 7;
/** A second confirmation email to one address waits this long (a double click, an impatient reader, a prank). */
const RESEND_AFTER_MS = 2 * 60_000;

const UNKNOWN_LIST = fail('invalid', 'Choose at least one of the newsletters listed.');
const BAD_LINK = fail('not-found', 'This link is not valid any more. Use the link in our latest email, or sign up again.');

export type SubscriberView = { email: string; lists: { key: ListKey; status: SubscriptionStatus }[]; suppressed: boolean };

/** Every list a reader can choose now (sections as they are in the database). */
export async function listNewsletters(): Promise<ListInfo[]> {
  const db = await getDb();
  const rows = await db.select({ slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position, sections.name);
  return availableLists(rows);
}

/** The chosen keys that name real lists, in the lists' own order; made-up ones are dropped. */
async function knownLists(chosen: unknown[]): Promise<ListKey[]> {
  const wanted = new Set(chosen.map(parseListKey).filter((k): k is ListKey => k !== null));
  return (await listNewsletters()).map((l) => l.key).filter((k) => wanted.has(k));
}

/** The address's row, made if new. Never ties it to an account: only a confirmation does that. */
async function upsertSubscriber(email: string) {
  const db = await getDb();
  const [row] = await db
    .insert(newsletterSubscribers)
    .values({ email, token: newLinkToken() })
    .onConflictDoUpdate({ target: newsletterSubscribers.email, set: { email: sql`excluded.email` } })
    .returning();
  return row!;
}

/** Sends the confirmation email; what a sign-up hands to its caller to run after answering the reader. */
export type ConfirmationSend = () => Promise<void>;

/**
 * Takes this address's confirmation slot and returns the send, or null when no email should go now:
 * one went less than two minutes ago (taken in one statement, so two requests at once send one email),
 * the address has had its five for the day, or its owner reported our mail as unwanted.
 */
async function confirmationFor(
  subscriber: { id: number; email: string; confirmHash: string | null; confirmSentAt: Date | null },
  pending: ListKey[],
): Promise<ConfirmationSend | null> {
  const db = await getDb();
  const token = newLinkToken();
  const hash = hashLinkToken(token);
  const [taken] = await db
    .update(newsletterSubscribers)
    .set({ confirmHash: hash, confirmSentAt: new Date() })
    .where(
      and(
        eq(newsletterSubscribers.id, subscriber.id),
        sql`(${newsletterSubscribers.suppressedReason} is distinct from 'complaint')`,
        or(isNull(newsletterSubscribers.confirmSentAt), lt(newsletterSubscribers.confirmSentAt, new Date(Date.now() - RESEND_AFTER_MS))),
      ),
    )
    .returning({ id: newsletterSubscribers.id });
  if (!taken) return null;
  const giveBack = () =>
    db
      .update(newsletterSubscribers)
      .set({ confirmHash: subscriber.confirmHash, confirmSentAt: subscriber.confirmSentAt })
      .where(and(eq(newsletterSubscribers.id, subscriber.id), eq(newsletterSubscribers.confirmHash, hash)));
  if (!(await takeConfirmationEmail(subscriber.email))) {
    await giveBack();
    return null;
  }
  return async () => {
    try {
      const names = (await listNewsletters()).filter((l) => pending.includes(l.key)).map((l) => l.name);
      const email = await renderConfirmation({ confirmUrl: confirmLink(siteUrl(), token), lists: names, siteUrl: siteUrl() });
      await mailTransport().deliver({ to: subscriber.email, ...email, messageId: newMessageId(`confirm-${subscriber.id}-${Date.now()}`) }, db);
    } catch (error) {
      // Not sent: the earlier link (if any) works again, and the reader may ask again at once.
      console.error('[newsletters] confirmation email failed:', error instanceof Error ? error.message : error);
      await giveBack().catch(() => {});
    }
  };
}

/** Adds `lists` as pending to the address (lists already active stay so) and returns what is now pending. */
async function addPending(subscriberId: number, lists: ListKey[]): Promise<ListKey[]> {
  const db = await getDb();
  if (lists.length > 0)
    await db
      .insert(newsletterSubscriptions)
      .values(lists.map((list) => ({ subscriberId, list, status: 'pending' as const })))
      .onConflictDoNothing();
  const rows = await db
    .select({ list: newsletterSubscriptions.list })
    .from(newsletterSubscriptions)
    .where(and(eq(newsletterSubscriptions.subscriberId, subscriberId), eq(newsletterSubscriptions.status, 'pending')));
  return rows.map((r) => r.list as ListKey);
}

/**
 * A request for newsletters at an address: the lists wait, pending, until the link we email is used.
 * Lists already active stay so. Whether the address was known, subscribed or limited changes neither
 * the answer nor its timing: the email itself is sent by `send`, after the reader has the answer.
 */
export async function requestSubscription(input: { email: string; lists: unknown[] }): Promise<Result<{ pending: ListKey[]; send: ConfirmationSend | null }>> {
  const lists = await knownLists(input.lists);
  if (lists.length === 0) return UNKNOWN_LIST;
  const subscriber = await upsertSubscriber(input.email);
  const pending = await addPending(subscriber.id, lists);
  const send = pending.length > 0 ? await confirmationFor(subscriber, pending) : null;
  return ok({ pending, send });
}

async function subscriberByConfirmToken(token: unknown) {
  if (!isLinkToken(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(newsletterSubscribers)
    .where(
      and(
        eq(newsletterSubscribers.confirmHash, hashLinkToken(token)),
        sql`${newsletterSubscribers.confirmSentAt} > now() - make_interval(days => ${CONFIRM_DAYS})`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** What a confirmation link would confirm, for the page that asks the reader to press the button. */
export async function pendingConfirmation(token: unknown): Promise<Result<SubscriberView>> {
  const row = await subscriberByConfirmToken(token);
  if (!row) return BAD_LINK;
  return ok(await viewOf(row.id, row.email, row.suppressedAt !== null));
}

/**
 * The reader used the link: the address is confirmed, its pending lists start, and a past bounce no
 * longer stops mail (the address just received ours). Confirmed while signed in to the account with
 * this address, the account may manage the lists from then on. Using the link again changes nothing.
 */
export async function confirmSubscription(token: unknown, signedIn: { id: string; email: string } | null): Promise<Result<SubscriberView & { token: string }>> {
  const row = await subscriberByConfirmToken(token);
  if (!row) return BAD_LINK;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(newsletterSubscribers)
      .set({
        confirmedAt: row.confirmedAt ?? new Date(),
        suppressedAt: null,
        suppressedReason: null,
        userId: signedIn && signedIn.email === row.email ? signedIn.id : row.userId,
      })
      .where(eq(newsletterSubscribers.id, row.id));
    await tx.update(newsletterSubscriptions).set({ status: 'active' }).where(eq(newsletterSubscriptions.subscriberId, row.id));
  });
  return ok({ ...(await viewOf(row.id, row.email, false)), token: row.token });
}

async function viewOf(subscriberId: number, email: string, suppressed: boolean): Promise<SubscriberView> {
  const db = await getDb();
  const rows = await db
    .select({ list: newsletterSubscriptions.list, status: newsletterSubscriptions.status })
    .from(newsletterSubscriptions)
    .where(eq(newsletterSubscriptions.subscriberId, subscriberId));
  return { email, lists: rows.map((r) => ({ key: r.list as ListKey, status: r.status })), suppressed };
}

async function subscriberByToken(token: unknown) {
  if (!isLinkToken(token)) return null;
  const db = await getDb();
  const [row] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.token, token)).limit(1);
  return row ?? null;
}

/** The manage page of an email's link. */
export async function subscriptionsByToken(token: unknown): Promise<Result<SubscriberView>> {
  const row = await subscriberByToken(token);
  if (!row) return BAD_LINK;
  return ok(await viewOf(row.id, row.email, row.suppressedAt !== null));
}

/** Replaces an address's lists with `chosen`, all active at once. */
async function setLists(subscriberId: number, chosen: ListKey[], status: (list: ListKey) => SubscriptionStatus) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .delete(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.subscriberId, subscriberId), chosen.length > 0 ? notInArray(newsletterSubscriptions.list, chosen) : undefined));
    if (chosen.length === 0) return;
    for (const list of chosen) {
      await tx
        .insert(newsletterSubscriptions)
        .values({ subscriberId, list, status: status(list) })
        .onConflictDoUpdate({
          target: [newsletterSubscriptions.subscriberId, newsletterSubscriptions.list],
          set: { status: sql`case when ${newsletterSubscriptions.status} = 'active' then 'active' else excluded.status end` },
        });
    }
  });
}

/**
 * From an email's manage link: the link proves the reader gets our mail there, so the lists they tick
 * start at once (and the address counts as confirmed).
 */
export async function updateSubscriptionsByToken(token: unknown, chosen: unknown[]): Promise<Result<SubscriberView>> {
  const row = await subscriberByToken(token);
  if (!row) return BAD_LINK;
  const lists = await knownLists(chosen);
  await setLists(row.id, lists, () => 'active');
  const db = await getDb();
  if (!row.confirmedAt && lists.length > 0) await db.update(newsletterSubscribers).set({ confirmedAt: new Date() }).where(eq(newsletterSubscribers.id, row.id));
  return ok(await viewOf(row.id, row.email, row.suppressedAt !== null));
}

/** Leaves one list, or every list ('all'), by an email's link; no sign-in. Leaving twice is not an error. */
export async function unsubscribeByToken(token: unknown, list: unknown): Promise<Result<{ email: string; left: ListKey[] | 'all' }>> {
  const row = await subscriberByToken(token);
  if (!row) return BAD_LINK;
  const db = await getDb();
  if (list === 'all') {
    await db.delete(newsletterSubscriptions).where(eq(newsletterSubscriptions.subscriberId, row.id));
    return ok({ email: row.email, left: 'all' });
  }
  const key = parseListKey(list);
  if (!key) return fail('invalid', 'That newsletter does not exist.');
  await db.delete(newsletterSubscriptions).where(and(eq(newsletterSubscriptions.subscriberId, row.id), eq(newsletterSubscriptions.list, key)));
  return ok({ email: row.email, left: [key] });
}

/**
 * The account's link to its address's newsletters: proven when the address was confirmed by this
 * account's holder while signed in (an account's address is not proven by itself).
 */
async function accountSubscriber(user: { id: string; email: string }) {
  const db = await getDb();
  const [row] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, user.email)).limit(1);
  return { row: row ?? null, proven: Boolean(row && row.confirmedAt && row.userId === user.id) };
}

export type AccountNewsletters = SubscriberView & { proven: boolean };

/**
 * A signed-in reader's newsletters. Shown only once this account proved the address (confirmed a link
 * while signed in): anyone can open an account with someone else's address, and must not learn or
 * change their newsletters that way.
 */
export async function subscriptionsForUser(user: { id: string; email: string }): Promise<AccountNewsletters> {
  const { row, proven } = await accountSubscriber(user);
  if (!row || !proven) return { email: user.email, lists: [], suppressed: false, proven: false };
  return { ...(await viewOf(row.id, row.email, row.suppressedAt !== null)), proven: true };
}

/**
 * From the account page. With the address proven, the ticked lists are the reader's lists at once.
 * Otherwise ticked lists wait for the emailed link (confirmed while signed in, it proves the address
 * for this account) and nothing is removed.
 */
export async function updateSubscriptionsForUser(
  user: { id: string; email: string },
  chosen: unknown[],
): Promise<Result<{ view: AccountNewsletters; pending: ListKey[]; send: ConfirmationSend | null }>> {
  const lists = await knownLists(chosen);
  const { row, proven } = await accountSubscriber(user);
  if (row && proven) {
    await setLists(row.id, lists, () => 'active');
    return ok({ view: { ...(await viewOf(row.id, row.email, row.suppressedAt !== null)), proven: true }, pending: [], send: null });
  }
  if (lists.length === 0) return ok({ view: { email: user.email, lists: [], suppressed: false, proven: false }, pending: [], send: null });
  const subscriber = row ?? (await upsertSubscriber(user.email));
  const pending = await addPending(subscriber.id, lists);
  const send = await confirmationFor(subscriber, pending);
  return ok({
    view: { email: user.email, lists: lists.map((key) => ({ key, status: 'pending' as const })), suppressed: false, proven: false },
    pending: lists,
    send,
  });
}

/** No more mail to this address (a hard bounce or a complaint); its lists stay, for the reader to see. */
export async function suppressAddress(email: string, reason: SuppressionReason): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(newsletterSubscribers)
    .set({ suppressedAt: new Date(), suppressedReason: reason })
    .where(eq(newsletterSubscribers.email, email.trim().toLowerCase()))
    .returning({ id: newsletterSubscribers.id });
  return rows.length > 0;
}

/** Subscribers of a list who would get its next issue. */
export async function countActiveSubscribers(lists: ListKey[]): Promise<Map<ListKey, number>> {
  const db = await getDb();
  if (lists.length === 0) return new Map();
  const rows = await db
    .select({ list: newsletterSubscriptions.list, n: sql<number>`count(*)::int` })
    .from(newsletterSubscriptions)
    .innerJoin(newsletterSubscribers, eq(newsletterSubscribers.id, newsletterSubscriptions.subscriberId))
    .where(and(inArray(newsletterSubscriptions.list, lists), eq(newsletterSubscriptions.status, 'active'), sql`${newsletterSubscribers.suppressedAt} is null`))
    .groupBy(newsletterSubscriptions.list);
  return new Map(rows.map((r) => [r.list as ListKey, r.n]));
}

/**
 * Addresses that never used their confirmation link are forgotten once it has expired, as the email
 * promised, with their copies in the outbox (those that bounced or complained stay, so that nothing is
 * sent to them again). The outbox keeps nothing older than 30 days.
 */
export async function forgetUnconfirmed(): Promise<number> {
  const db = await getDb();
  const result = await db.execute<{ n: number }>(sql`
    with forgotten as (
      delete from newsletter_subscribers
       where confirmed_at is null and suppressed_at is null
         and coalesce(confirm_sent_at, created_at) < now() - make_interval(days => ${CONFIRM_DAYS})
      returning email),
    copies as (delete from mail_outbox where "to" in (select email from forgotten))
    select count(*)::int as n from forgotten`);
  await db.execute(sql`delete from mail_outbox where created_at < now() - interval '30 days'`);
  return result.rows[0]?.n ?? 0;
}
