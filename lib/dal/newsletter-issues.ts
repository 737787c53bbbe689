import 'server-only';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, newsletterIssues, newsletterSettings, sections } from '@/db/schema';
import { siteUrl } from '@/lib/env';
import { siteTimeZone } from '@/lib/time/site-time';
import { formatAbsolute } from '@/lib/time/format';
import { availableLists, sectionList, type ListKey } from '@/lib/newsletters/lists';
import { renderIssue, type EmailStory, type IssueContent, type RenderedEmail } from '@/lib/newsletters/render';
import { briefingDayDue } from '@/lib/newsletters/schedule';
import { minuteOfDayIn } from '@/lib/analytics/days';
import { listCards } from './listing';
import { isPublished } from './mappers';
import { enqueueIssue } from './newsletter-queue';
import { audit } from './admin/audit';
import type { ArticleCard } from './types';

export const BRIEFING_STORIES = 8;
const DIGEST_STORIES = 8;
const DAY_MS = 86_400_000;

export type NewsletterSettings = { briefingEnabled: boolean; briefingTime: string; picks: number[] };
export const DEFAULT_NEWSLETTER_SETTINGS: NewsletterSettings = { briefingEnabled: true, briefingTime: '07:00', picks: [] };

export async function readNewsletterSettings(): Promise<NewsletterSettings> {
  const db = await getDb();
  const [row] = await db.select().from(newsletterSettings).where(eq(newsletterSettings.id, 1)).limit(1);
  return row ? { briefingEnabled: row.briefingEnabled, briefingTime: row.briefingTime, picks: row.picks } : DEFAULT_NEWSLETTER_SETTINGS;
}

export function storyOf(card: ArticleCard, origin = siteUrl()): EmailStory {
  return {
    title: card.title,
    url: `${origin}/articles/${card.slug}`,
    standfirst: card.standfirst,
    section: card.section.name,
    byline: card.author?.name ?? null,
  };
}

/** Published stories by id, in the order given. */
async function cardsInOrder(ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const cards = await listCards(and(isPublished, inArray(articles.id, ids)), ids.length);
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Stories published since `since` (optionally in one section), most read in that time first, then the newest. */
async function readOfTheDay(since: Date, limit: number, sectionId?: number): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await db.execute<{ id: number }>(sql`
    select a.id from articles a
      left join page_views v on v.article_id = a.id and v.hour >= ${since.toISOString()}::timestamptz
     where a.status = 'published' and a.published_at >= ${since.toISOString()}::timestamptz
       ${sectionId === undefined ? sql`` : sql`and a.section_id = ${sectionId}`}
     group by a.id
     order by coalesce(sum(v.views), 0) desc, a.published_at desc, a.id desc
     limit ${limit}`);
  return cardsInOrder(rows.rows.map((r) => r.id));
}

/** Most read in the last 24 hours, whenever published (an older story can lead the day's reading). */
async function mostReadSince(since: Date, limit: number): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await db.execute<{ id: number }>(sql`
    select v.article_id as id from page_views v join articles a on a.id = v.article_id
     where v.hour >= ${since.toISOString()}::timestamptz and a.status = 'published'
     group by v.article_id order by sum(v.views) desc, v.article_id desc limit ${limit}`);
  return cardsInOrder(rows.rows.map((r) => r.id));
}

/**
 * The briefing's stories: the editors' picks first (else the day's featured stories), then the day's
 * most read, then the newest, without repeats.
 */
export async function briefingStories(now: Date, settings: NewsletterSettings): Promise<ArticleCard[]> {
  const since = new Date(now.getTime() - DAY_MS);
  const db = await getDb();
  const picked =
    settings.picks.length > 0
      ? settings.picks
      : (
          await db
            .select({ id: articles.id })
            .from(articles)
            .where(and(isPublished, eq(articles.featured, true), gte(articles.publishedAt, since)))
            .orderBy(sql`${articles.publishedAt} desc`)
            .limit(3)
        ).map((r) => r.id);
  const [picks, read, fresh] = await Promise.all([cardsInOrder(picked), mostReadSince(since, BRIEFING_STORIES), readOfTheDay(since, BRIEFING_STORIES)]);
  const seen = new Set<number>();
  return [...picks, ...read, ...fresh].filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, BRIEFING_STORIES);
}

/** The briefing goes out at the time the newsroom sets: its greeting follows the clock. */
function greetingAt(now: Date): string {
  const hour = minuteOfDayIn(now, siteTimeZone()) / 60;
  return hour < 12 ? 'Good morning.' : hour < 18 ? 'Good afternoon.' : 'Good evening.';
}

function dateLineOf(day: string): string {
  return formatAbsolute(new Date(`${day}T12:00:00Z`), 'day', 'UTC');
}

export async function composeBriefing(now: Date, day: string, settings: NewsletterSettings): Promise<{ email: RenderedEmail; articleIds: number[] } | null> {
  const stories = await briefingStories(now, settings);
  if (stories.length === 0) return null;
  const content: IssueContent = {
    kind: 'briefing',
    subject: `The Daily Briefing: ${stories[0]!.title}`,
    preheader: stories
      .slice(1, 4)
      .map((s) => s.title)
      .join(' · '),
    intro: `${greetingAt(now)} Here is what matters today, chosen by our editors and by what readers turned to most.`,
    stories: stories.map((s) => storyOf(s)),
    listName: 'The Daily Briefing',
    dateLine: dateLineOf(day),
    siteUrl: siteUrl(),
  };
  return { email: await renderIssue(content), articleIds: stories.map((s) => s.id) };
}

async function composeDigest(now: Date, day: string, section: { id: number; name: string }) {
  const stories = await readOfTheDay(new Date(now.getTime() - DAY_MS), DIGEST_STORIES, section.id);
  if (stories.length === 0) return null;
  const content: IssueContent = {
    kind: 'section',
    subject: `${section.name} today: ${stories[0]!.title}`,
    preheader: `${stories.length} new ${stories.length === 1 ? 'story' : 'stories'} from ${section.name}`,
    intro: `The latest from ${section.name}, published in the past 24 hours.`,
    stories: stories.map((s) => storyOf(s)),
    listName: `${section.name} daily`,
    dateLine: dateLineOf(day),
    siteUrl: siteUrl(),
  };
  return { email: await renderIssue(content), articleIds: stories.map((s) => s.id) };
}

/** Writes an issue and queues it, in one transaction; null when the list already had its issue that day. */
export async function publishIssue(issue: {
  kind: 'briefing' | 'section' | 'breaking';
  list: ListKey;
  day: string | null;
  email: RenderedEmail;
  articleIds: number[];
  createdBy: string | null;
  /** A send's own id from the newsroom's form: the same id twice publishes once. */
  requestKey?: string | null;
  /** Its audit entry, written in the same transaction. */
  audit: { actorId: string | null; detail: Record<string, unknown> };
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsletterIssues)
      .values({
        kind: issue.kind,
        list: issue.list,
        day: issue.day,
        subject: issue.email.subject,
        html: issue.email.html,
        text: issue.email.text,
        articleIds: issue.articleIds,
        createdBy: issue.createdBy,
        requestKey: issue.requestKey ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: newsletterIssues.id });
    if (!row) return null;
    const recipients = await enqueueIssue(tx, row.id, issue.list);
    await audit(tx, issue.audit.actorId, 'newsletter.send', { type: 'newsletter', id: row.id }, { ...issue.audit.detail, recipients });
    return { id: row.id, recipients };
  });
}

/** Lists with at least one active subscriber and no issue yet for `day`. */
async function listsAwaiting(day: string): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.execute<{ list: string }>(sql`
    select distinct l.list from newsletter_subscriptions l
     where l.status = 'active' and l.list <> 'breaking'
       and not exists (select 1 from newsletter_issues i where i.list = l.list and i.day = ${day}::date)`);
  return new Set(rows.rows.map((r) => r.list));
}

/**
 * Called by the scheduler: once the briefing time has passed today, the day's briefing and section
 * digests are written and queued, once per list and day however many instances ask at the same time.
 * A list with nothing new that day gets nothing.
 */
export async function createDueIssues(now = new Date()): Promise<{ list: ListKey; id: number; recipients: number }[]> {
  const settings = await readNewsletterSettings();
  if (!settings.briefingEnabled) return [];
  const day = briefingDayDue(now, settings.briefingTime, siteTimeZone());
  if (!day) return [];
  const awaiting = await listsAwaiting(day);
  if (awaiting.size === 0) return [];
  const db = await getDb();
  const sectionRows = await db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections);
  const created: { list: ListKey; id: number; recipients: number }[] = [];
  for (const info of availableLists(sectionRows)) {
    if (!awaiting.has(info.key)) continue;
    const section = sectionRows.find((s) => sectionList(s.slug) === info.key);
    const composed = info.key === 'briefing' ? await composeBriefing(now, day, settings) : section ? await composeDigest(now, day, section) : null;
    if (!composed) continue;
    const issue = await publishIssue({
      kind: info.key === 'briefing' ? 'briefing' : 'section',
      list: info.key,
      day,
      ...composed,
      createdBy: null,
      audit: { actorId: null, detail: { list: info.key, day, subject: composed.email.subject, scheduled: true } },
    });
    if (!issue) continue;
    created.push({ list: info.key, ...issue });
  }
  return created;
}
