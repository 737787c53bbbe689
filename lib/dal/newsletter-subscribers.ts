import 'server-only';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { newsletterSubscribers, newsletterSubscriptions, sections } from '@/db/schema';
import type { SubscriptionStatus, SuppressionReason } from '@/lib/domain';
import { siteUrl } from '@/lib/env';
import { availableLists, parseListKey, type ListInfo, type ListKey } from '@/lib/newsletters/lists';
import { confirmLink } from '@/lib/newsletters/links';
import { renderConfirmation } from '@/lib/newsletters/render';
import { hashLinkToken, isLinkToken, newLinkToken } from '@/lib/newsletters/tokens';
import { mailTransport, newMessageId } from './mail';
import { fail, ok, type Result } from './result';

/** A confirmation link works this long. */
export const CONFIRM_DAYS = 7;
/** A second confirmation email to one address waits this long (a double click, an impatient reader, a prank). */
const RESEND_AFTER_MS = 2 * 60_000;

const UNAVAILABLE = fail('unavailable', 'We couldn’t send the confirmation email just now. Please try again in a few minutes.');
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

async function upsertSubscriber(email: string, userId: string | null) {
  const db = await getDb();
  const [row] = await db
    .insert(newsletterSubscribers)
    .values({ email, userId, token: newLinkToken() })
    .onConflictDoUpdate({ target: newsletterSubscribers.email, set: { userId: sql`coalesce(${newsletterSubscribers.userId}, excluded.user_id)` } })
    .returning();
  return row!;
}

async function sendConfirmation(subscriberId: number, email: string, lastSentAt: Date | null, pending: ListKey[]): Promise<Result<{ sent: boolean }>> {
  if (lastSentAt && Date.now() - lastSentAt.getTime() < RESEND_AFTER_MS) return ok({ sent: false });
  const db = await getDb();
  const token = newLinkToken();
  const names = (await listNewsletters()).filter((l) => pending.includes(l.key)).map((l) => l.name);
  const email_ = await renderConfirmation({ confirmUrl: confirmLink(siteUrl(), token), lists: names, siteUrl: siteUrl() });
  // The new link replaces any earlier one; it is written before sending, so it works the moment the email arrives.
  await db
    .update(newsletterSubscribers)
    .set({ confirmHash: hashLinkToken(token), confirmSentAt: new Date() })
    .where(eq(newsletterSubscribers.id, subscriberId));
  try {
    await mailTransport().deliver({ to: email, ...email_, messageId: newMessageId(`confirm-${subscriberId}-${Date.now()}`) }, db);
  } catch (error) {
    console.error('[newsletters] confirmation email failed:', error instanceof Error ? error.message : error);
    await db.update(newsletterSubscribers).set({ confirmSentAt: lastSentAt }).where(eq(newsletterSubscribers.id, subscriberId));
    return UNAVAILABLE;
  }
  return ok({ sent: true });
}

/**
 * A request for newsletters at an address: the lists wait, pending, until the link we email is used.
 * Lists already active stay so. The answer never says whether the address was known.
 */
export async function requestSubscription(input: { email: string; lists: unknown[]; userId?: string | null }): Promise<Result<{ pending: ListKey[] }>> {
  const lists = await knownLists(input.lists);
  if (lists.length === 0) return UNKNOWN_LIST;
  const subscriber = await upsertSubscriber(input.email, input.userId ?? null);
  const db = await getDb();
  await db
    .insert(newsletterSubscriptions)
    .values(lists.map((list) => ({ subscriberId: subscriber.id, list, status: 'pending' as const })))
    .onConflictDoNothing();
  const pendingRows = await db
    .select({ list: newsletterSubscriptions.list })
    .from(newsletterSubscriptions)
    .where(and(eq(newsletterSubscriptions.subscriberId, subscriber.id), eq(newsletterSubscriptions.status, 'pending')));
  const pending = pendingRows.map((r) => r.list as ListKey);
  if (pending.length === 0) return ok({ pending });
  const sent = await sendConfirmation(subscriber.id, subscriber.email, subscriber.confirmSentAt, pending);
  return sent.ok ? ok({ pending }) : sent;
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
 * longer stops mail (the address just received ours). Using the link again changes nothing.
 */
export async function confirmSubscription(token: unknown, signedInUserId: string | null): Promise<Result<SubscriberView & { token: string }>> {
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
        // Only the account of the person who confirmed may later add lists without another email.
        userId: signedInUserId && signedInUserId === row.userId ? row.userId : null,
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

/** A signed-in reader's newsletters: those of their account's address. */
export async function subscriptionsForUser(user: { email: string }): Promise<SubscriberView> {
  const db = await getDb();
  const [row] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, user.email)).limit(1);
  return row ? viewOf(row.id, row.email, row.suppressedAt !== null) : { email: user.email, lists: [], suppressed: false };
}

/**
 * From the account page. Leaving is immediate. Joining is immediate when this account confirmed the
 * address before; otherwise (an address never confirmed, or confirmed by someone not signed in as this
 * account) the new lists wait for the emailed link, since an account's address is not proven by itself.
 */
export async function updateSubscriptionsForUser(
  user: { id: string; email: string },
  chosen: unknown[],
): Promise<Result<{ view: SubscriberView; pending: ListKey[] }>> {
  const lists = await knownLists(chosen);
  const db = await getDb();
  const [existing] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, user.email)).limit(1);
  if (!existing && lists.length === 0) return ok({ view: { email: user.email, lists: [], suppressed: false }, pending: [] });
  const subscriber = existing ?? (await upsertSubscriber(user.email, user.id));
  const proven = subscriber.confirmedAt !== null && subscriber.userId === user.id;
  await setLists(subscriber.id, lists, () => (proven ? 'active' : 'pending'));
  const view = await viewOf(subscriber.id, subscriber.email, subscriber.suppressedAt !== null);
  const pending = view.lists.filter((l) => l.status === 'pending').map((l) => l.key);
  if (pending.length > 0) {
    const sent = await sendConfirmation(subscriber.id, subscriber.email, subscriber.confirmSentAt, pending);
    if (!sent.ok) return sent;
  }
  return ok({ view, pending });
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
 * promised (those that bounced or complained stay, so that nothing is sent to them again).
 */
export async function forgetUnconfirmed(): Promise<number> {
  const db = await getDb();
  const result = await db.execute(sql`
    delete from newsletter_subscribers
     where confirmed_at is null and suppressed_at is null
       and coalesce(confirm_sent_at, created_at) < now() - make_interval(days => ${CONFIRM_DAYS})`);
  return result.rowCount ?? 0;
}
