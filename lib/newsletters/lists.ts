/**
 * Newsletter lists by key: the daily briefing, breaking-news alerts, and one daily digest per section
 * ('section:<slug>'). A leaf module shared by the data layer, actions and the UI.
 */
export type ListKey = 'briefing' | 'breaking' | `section:${string}`;

export type ListInfo = { key: ListKey; name: string; description: string };

const SECTION_PREFIX = 'section:';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const sectionList = (slug: string): ListKey => `${SECTION_PREFIX}${slug}`;

export function sectionOfList(key: string): string | null {
  return key.startsWith(SECTION_PREFIX) ? key.slice(SECTION_PREFIX.length) : null;
}

/** A list key as stored; anything else (a made-up value in a form) is null. */
export function parseListKey(value: unknown): ListKey | null {
  if (value === 'briefing' || value === 'breaking') return value;
  if (typeof value !== 'string' || value.length > 80) return null;
  const slug = sectionOfList(value);
  return slug !== null && SLUG.test(slug) ? (value as ListKey) : null;
}

/** Every list a reader can choose, the briefing first, then breaking news, then the sections in their order. */
export function availableLists(sections: { slug: string; name: string }[]): ListInfo[] {
  return [
    { key: 'briefing', name: 'The Daily Briefing', description: 'The day’s most important stories, chosen by our editors and readers, every morning.' },
    { key: 'breaking', name: 'Breaking news', description: 'An email the moment a major story breaks. A few a month at most.' },
    ...sections.map((s) => ({ key: sectionList(s.slug), name: `${s.name} daily`, description: `New stories from ${s.name}, once a day when there are any.` })),
  ];
}
