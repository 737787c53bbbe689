/**
 * Uploaded images are served only in the context they were published in: a draft's or a scheduled
 * story's image is for the newsroom, and every image keeps its own sandboxing policy.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createArticle, getDb, schema } from '../support/db';
import { storeUploadedImage } from '@/lib/dal/images';
import { get } from './support/http';
import { sessionCookie } from './support/session';

async function svgImage(label: string): Promise<string> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><title>${label}-${Math.random()}</title><script>alert(1)</script></svg>`,
  );
  const [editor] = await (await getDb()).select().from(schema.users).where(eq(schema.users.email, 'editor@newshub.test'));
  const stored = await storeUploadedImage({ id: editor!.id, role: editor!.role, banned: false }, svg, 'image/svg+xml');
  if (!stored.ok) throw new Error('image');
  return stored.value.id;
}

describe('stored images', () => {
  it('of drafts and scheduled stories are 404 for readers and visible to staff, privately', async () => {
    const draftImage = await svgImage('draft');
    const scheduledImage = await svgImage('scheduled');
    await createArticle({ status: 'draft', publishedAt: null, heroImageId: draftImage, heroAlt: 'x' });
    await createArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000), heroImageId: scheduledImage, heroAlt: 'x' });
    const editor = await sessionCookie('editor@newshub.test', 'newsroom-editor-2026');
    for (const id of [draftImage, scheduledImage]) {
      expect((await get(`/media/${id}`)).status).toBe(404);
      const staff = await get(`/media/${id}`, { headers: { cookie: editor } });
      expect(staff.status).toBe(200);
      expect(staff.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('shown in a published story’s text are public, and stop being public when it is taken down', async () => {
    const id = await svgImage('inline');
    const story = await createArticle({ body: `A chart:\n\n![Chart](/media/${id})` });
    const response = await get(`/media/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    const etag = response.headers.get('etag')!;
    expect((await get(`/media/${id}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    await (await getDb()).update(schema.articles).set({ status: 'archived' }).where(eq(schema.articles.id, story.id));
    expect((await get(`/media/${id}`)).status).toBe(404);
  });

  it('keep their own sandboxing policy, which the site-wide one does not replace', async () => {
    const id = await svgImage('hero');
    await createArticle({ heroImageId: id, heroAlt: 'A hero' });
    const response = await get(`/media/${id}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain('sandbox');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
