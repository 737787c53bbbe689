import Link from 'next/link';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/lib/domain';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { ADMIN_PAGE_SIZE, listArticlesForNewsroom, sectionOptions, staffOptions } from '@/lib/dal/admin/article-list';
import { isSlug, parsePageNumber } from '@/lib/slug';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { buttonClass } from '@/components/ui/button';
import { siteTime } from '@/lib/time/site-time';

export const metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one(params.status)) ? (one(params.status) as ArticleStatus) : undefined;
  const section = isSlug(one(params.section)) ? one(params.section) : undefined;
  const author = /^[0-9a-f-]{36}$/.test(one(params.author)) ? one(params.author) : undefined;
  const q = one(params.q).trim().slice(0, 100);
  const page = parsePageNumber(one(params.page) || '1', 1000) ?? 1;
  const actor = await newsroomActor();
  const [listed, sections, staff] = await Promise.all([
    listArticlesForNewsroom(actor, { status, section, author, q: q || undefined, page }),
    sectionOptions(actor),
    staffOptions(actor),
  ]);
  if (!listed.ok) return <p>{listed.message}</p>;
  const result = listed.value;
  const pages = Math.max(1, Math.ceil(result.total / ADMIN_PAGE_SIZE));
  const query = (p: number) => {
    const s = new URLSearchParams({ ...(status && { status }), ...(section && { section }), ...(author && { author }), ...(q && { q }), page: String(p) });
    return `/admin/articles?${s}`;
  };
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="headline text-3xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className={buttonClass()}>
          New article
        </Link>
      </div>
      <form method="get" className="mt-5 grid gap-3 rounded border rule p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter articles">
        <label className="text-sm font-semibold">
          Title contains
          <input name="q" defaultValue={q} className="mt-1 block w-full rounded border rule bg-paper px-2 py-1.5 font-normal" />
        </label>
        <FilterSelect
          name="status"
          label="Status"
          value={status}
          anyLabel="Any status"
          options={ARTICLE_STATUSES.map((s) => ({ value: s, label: s === 'review' ? 'in review' : s === 'archived' ? 'unpublished' : s }))}
        />
        <FilterSelect name="section" label="Section" value={section} anyLabel="Any section" options={sections.map((s) => ({ value: s.slug, label: s.name }))} />
        <FilterSelect name="author" label="Author" value={author} anyLabel="Anyone" options={staff.map((s) => ({ value: s.id, label: s.name }))} />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass({ size: 'sm' })}>
            Filter
          </button>
          <Link href="/admin/articles" className="px-2 py-1.5 text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p className="mt-6 rounded border border-dashed rule p-8 text-center text-muted">
          No articles match these filters.{' '}
          <Link href="/admin/articles/new" className="underline">
            Write a new one
          </Link>
          .
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Articles, most recently updated first</caption>
            <thead className="border-b rule text-xs tracking-wide text-muted uppercase">
              <tr>
                <th className="py-2 pr-3">Headline</th>
                <th className="py-2 pr-3">Status</th>
                <th className="py-2 pr-3">Section</th>
                <th className="py-2 pr-3">Author</th>
                <th className="py-2 pr-3">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {result.rows.map((a) => (
                <tr key={a.id}>
                  <td className="py-2.5 pr-3">
                    <Link href={`/admin/articles/${a.id}`} className="font-semibold hover:underline">
                      {a.title}
                    </Link>
                    {a.featured && <span className="ml-2 text-xs text-accent">featured</span>}
                  </td>
                  <td className="py-2.5 pr-3">
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="py-2.5 pr-3">{a.sectionName}</td>
                  <td className="py-2.5 pr-3">{a.authorName ? <bdi>{a.authorName}</bdi> : '—'}</td>
                  <td className="py-2.5 pr-3 whitespace-nowrap">
                    <time dateTime={a.updatedAt}>{siteTime(a.updatedAt, 'datetime', { zone: true })}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
        <span className="text-muted">
          {result.total} article{result.total === 1 ? '' : 's'} · page {page} of {pages}
        </span>
        <span className="flex gap-3">
          {page > 1 && <Link href={query(page - 1)}>← Previous</Link>}
          {page < pages && <Link href={query(page + 1)}>Next →</Link>}
        </span>
      </nav>
    </>
  );
}
