'use client';

import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { saveArticleAction, type ArticleFormState } from '@/lib/actions/admin-articles';
import { ARTICLE_KINDS } from '@/lib/validation/article';
import { slugify } from '@/lib/slug';
import { SubmitButton } from '@/components/ui/form';

export type EditorArticle = {
  id?: number;
  version?: number;
  title: string;
  standfirst: string;
  slug: string;
  kind: string;
  sectionId: number | '';
  authorId: string;
  body: string;
  tags: string;
  heroImageId: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  featured: boolean;
  commentsOpen: boolean;
};

type Props = {
  article: EditorArticle;
  sections: { id: number; name: string }[];
  staff: { id: string; name: string }[];
  canPublish: boolean;
  canEdit: boolean;
};

const input = 'rule mt-1 block w-full rounded border bg-paper px-3 py-2 font-normal';
const label = 'block text-sm font-semibold';

function usePreview(body: string): { html: string; error: string | null } {
  const [result, setResult] = useState<{ html: string; error: string | null }>({ html: '', error: null });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch('/api/admin/preview', { method: 'POST', body, signal: controller.signal })
        .then(async (r) => (r.ok ? setResult({ html: (await r.json()).html, error: null }) : setResult((p) => ({ ...p, error: 'Preview unavailable.' }))))
        .catch((e: unknown) => {
          if ((e as Error).name !== 'AbortError') setResult((p) => ({ ...p, error: 'Preview unavailable: check your connection.' }));
        });
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body]);
  return result;
}

export function ArticleEditor({ article, sections, staff, canPublish, canEdit }: Props) {
  const [fields, setFields] = useState(article);
  const [slugTouched, setSlugTouched] = useState(Boolean(article.id));
  const [heroSrc, setHeroSrc] = useState(article.heroImageId ? `/media/${article.heroImageId}` : '');
  const [upload, setUpload] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [state, action] = useActionState<ArticleFormState, FormData>(saveArticleAction, { status: 'idle' });
  const preview = usePreview(fields.body);
  // `saved` is the version the fields were last in step with: the one the page was opened with, or this
  // editor's own last save. A newer version from elsewhere (restored from the revisions page, saved by
  // another editor) replaces untouched fields; typed-over fields are kept, and saving reports the conflict.
  const [saved, setSaved] = useState({ version: article.version, fields: article });
  const [seenState, setSeenState] = useState(state);
  const [newerVersion, setNewerVersion] = useState<number | null>(null);
  let inStep = saved;
  if (state !== seenState) {
    setSeenState(state);
    if (state.status === 'success' && state.version) setSaved((inStep = { version: state.version, fields }));
  }
  if (article.version !== undefined && inStep.version !== undefined && article.version > inStep.version && article.version !== newerVersion) {
    if (JSON.stringify(fields) === JSON.stringify(inStep.fields)) {
      setFields(article);
      setHeroSrc(article.heroImageId ? `/media/${article.heroImageId}` : '');
      setSaved((inStep = { version: article.version, fields: article }));
    } else setNewerVersion(article.version);
  }
  const version = inStep.version;
  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => setFields((f) => ({ ...f, [key]: value }));
  const error = (key: string) => state.fieldErrors?.[key as keyof typeof state.fieldErrors];

  async function uploadHero(file: File) {
    setUpload({ busy: true, error: null });
    const body = new FormData();
    body.set('file', file);
    try {
      const response = await fetch('/api/admin/images', { method: 'POST', body });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) return setUpload({ busy: false, error: data.error ?? 'The upload failed.' });
      set('heroImageId', data.id);
      setHeroSrc(data.src);
      setUpload({ busy: false, error: null });
    } catch {
      setUpload({ busy: false, error: 'The upload failed: check your connection and try again.' });
    }
  }

  return (
    <form action={action} className="grid gap-6 lg:grid-cols-2" aria-label="Article editor">
      {article.id && <input type="hidden" name="id" value={article.id} />}
      {version && <input type="hidden" name="version" value={version} />}
      <input type="hidden" name="heroImageId" value={fields.heroImageId} />
      <fieldset disabled={!canEdit} className="space-y-4">
        <legend className="sr-only">Story</legend>
        <label className={label}>
          Headline
          <input
            name="title"
            required
            value={fields.title}
            onChange={(e) => {
              set('title', e.target.value);
              if (!slugTouched) set('slug', slugify(e.target.value));
            }}
            className={`${input} headline text-xl`}
            aria-invalid={error('title') ? true : undefined}
          />
          {error('title') && <span className="text-sm font-normal text-accent">{error('title')}</span>}
        </label>
        <label className={label}>
          Standfirst
          <textarea name="standfirst" rows={2} value={fields.standfirst} onChange={(e) => set('standfirst', e.target.value)} className={input} />
          {error('standfirst') && <span className="text-sm font-normal text-accent">{error('standfirst')}</span>}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className={label}>
            Address (slug)
            <input
              name="slug"
              value={fields.slug}
              onChange={(e) => {
                setSlugTouched(true);
                set('slug', e.target.value);
              }}
              className={`${input} font-mono text-sm`}
              aria-invalid={error('slug') ? true : undefined}
              aria-describedby="slug-hint"
            />
            <span id="slug-hint" className="text-xs font-normal text-muted">
              /articles/{fields.slug || '…'}
              {article.id ? ' — changing it keeps the old address working.' : ''}
            </span>
            {error('slug') && <span className="block text-sm font-normal text-accent">{error('slug')}</span>}
          </label>
          <label className={label}>
            Label
            <select name="kind" value={fields.kind} onChange={(e) => set('kind', e.target.value)} className={input}>
              {ARTICLE_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label className={label}>
            Section
            <select
              name="sectionId"
              required
              value={fields.sectionId}
              onChange={(e) => set('sectionId', Number(e.target.value) || '')}
              className={input}
              aria-invalid={error('sectionId') ? true : undefined}
            >
              <option value="">Choose a section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {error('sectionId') && <span className="text-sm font-normal text-accent">{error('sectionId')}</span>}
          </label>
          {canPublish && (
            <label className={label}>
              Author
              <select name="authorId" value={fields.authorId} onChange={(e) => set('authorId', e.target.value)} className={input}>
                {staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <label className={label}>
          Tags
          <input name="tags" value={fields.tags} onChange={(e) => set('tags', e.target.value)} className={input} aria-describedby="tags-hint" />
          <span id="tags-hint" className="text-xs font-normal text-muted">
            Comma-separated. Existing tags are reused; new ones are created.
          </span>
          {error('tags') && <span className="block text-sm font-normal text-accent">{error('tags')}</span>}
        </label>
        <label className={label}>
          Body (Markdown)
          <textarea
            name="body"
            rows={18}
            value={fields.body}
            onChange={(e) => set('body', e.target.value)}
            className={`${input} font-mono text-sm leading-relaxed`}
          />
          {error('body') && <span className="text-sm font-normal text-accent">{error('body')}</span>}
        </label>
        <fieldset className="space-y-3 rounded border rule p-4">
          <legend className="px-1 text-sm font-semibold">Hero image</legend>
          {heroSrc && (
            // eslint-disable-next-line @next/next/no-img-element -- a just-uploaded image, shown as stored
            <img src={heroSrc} alt={fields.heroAlt || 'Hero image preview'} className="aspect-[16/9] w-full rounded object-cover" />
          )}
          <label className={label}>
            Upload from your computer
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              className="mt-1 block text-sm"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void uploadHero(file);
              }}
            />
            <span className="text-xs font-normal text-muted">JPEG, PNG, WebP or GIF, up to 5 MB.</span>
          </label>
          <p role="status" aria-label="Upload message" className="text-sm text-accent">
            {upload.busy ? 'Uploading…' : upload.error}
          </p>
          {fields.heroImageId && (
            <button
              type="button"
              className="text-sm underline"
              onClick={() => {
                set('heroImageId', '');
                setHeroSrc('');
              }}
            >
              Remove image
            </button>
          )}
          <label className={label}>
            Alt text
            <input
              name="heroAlt"
              value={fields.heroAlt}
              onChange={(e) => set('heroAlt', e.target.value)}
              className={input}
              aria-invalid={error('heroAlt') ? true : undefined}
            />
            {error('heroAlt') && <span className="text-sm font-normal text-accent">{error('heroAlt')}</span>}
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className={label}>
              Caption
              <input name="heroCaption" value={fields.heroCaption} onChange={(e) => set('heroCaption', e.target.value)} className={input} />
            </label>
            <label className={label}>
              Credit
              <input name="heroCredit" value={fields.heroCredit} onChange={(e) => set('heroCredit', e.target.value)} className={input} />
            </label>
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-6 text-sm">
          {canPublish && (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="featured" checked={fields.featured} onChange={(e) => set('featured', e.target.checked)} /> Featured on the front page
            </label>
          )}
          <label className="flex items-center gap-2">
            <input type="checkbox" name="commentsOpen" checked={fields.commentsOpen} onChange={(e) => set('commentsOpen', e.target.checked)} /> Comments open
          </label>
        </div>
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t rule bg-paper py-3">
          <SubmitButton pendingText="Saving…">{article.id ? 'Save changes' : 'Create draft'}</SubmitButton>
          {article.id && (
            <Link href={`/admin/articles/${article.id}/preview`} className="text-sm underline" target="_blank">
              Preview
            </Link>
          )}
          <div
            role={state.conflict ? 'alert' : 'status'}
            aria-live="polite"
            aria-label="Editor message"
            className={`text-sm ${state.status === 'error' ? 'font-semibold text-accent' : ''}`}
          >
            {state.message}
            {newerVersion !== null && version !== undefined && newerVersion > version && (
              <span className="block">Version {newerVersion} was saved elsewhere after you started; your changes here are kept.</span>
            )}
          </div>
        </div>
      </fieldset>
      <section aria-label="Live preview" className="min-w-0 rounded border rule p-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <p className="kicker">Preview · {fields.kind}</p>
        <p className="mt-1 headline text-3xl font-bold">{fields.title || 'Your headline'}</p>
        <p className="mt-2 text-lg text-muted">{fields.standfirst}</p>
        {preview.error && <p className="mt-2 text-sm text-accent">{preview.error}</p>}
        {/* Output of the same sanitizer the public page uses. */}
        <div className="prose mt-4 max-w-none font-serif dark:prose-invert" dangerouslySetInnerHTML={{ __html: preview.html }} />
      </section>
    </form>
  );
}
