/**
 * Demo newsletter readers: 48 confirmed addresses (on example.com, which delivers nowhere) spread over the
 * briefing, breaking news and the sections, so that the newsroom's newsletter page has an audience and
 * the day's briefing goes to the outbox. Only a fresh demo database gets them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';

type Db = NodePgDatabase<typeof schema>;

const READERS = 48;
const HOUR = 3_600_000;

/** A stable number in [0, 1) from a text. */
const unit = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;

export async function seedDemoSubscribers(tx: Db, sectionSlugs: string[], now: Date): Promise<void> {
  const subscribers = await tx
    .insert(schema.newsletterSubscribers)
    .values(
      Array.from({ length: READERS }, (_, i) => {
        const joined = new Date(now.getTime() - Math.floor(unit(`joined${i}`) * 60 * 24) * HOUR);
        return { email: `reader${i + 1}@example.com`, token: randomBytes(32).toString('base64url'), confirmedAt: joined, createdAt: joined };
      }),
    )
    .onConflictDoNothing()
    .returning({ id: schema.newsletterSubscribers.id, email: schema.newsletterSubscribers.email });
  const rows = subscribers.flatMap(({ id, email }) => {
    const lists: string[] = [];
    if (unit(`briefing${email}`) < 0.85) lists.push('briefing');
    if (unit(`breaking${email}`) < 0.4) lists.push('breaking');
    for (const slug of sectionSlugs) if (unit(`${slug}${email}`) < 0.15) lists.push(`section:${slug}`);
    if (lists.length === 0) lists.push('briefing');
    return lists.map((list) => ({ subscriberId: id, list, status: 'active' as const }));
  });
  if (rows.length > 0) await tx.insert(schema.newsletterSubscriptions).values(rows).onConflictDoNothing();
}
