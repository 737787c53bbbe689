/**
 * The one param value `generateStaticParams` returns for every reader route. It is not a valid slug,
 * so the page answers notFound() before touching the database and the build stays database-free;
 * real URLs are rendered on their first request and then served from cache.
 */
export const BUILD_PLACEHOLDER = '__build__';

export const buildPlaceholder = <K extends string>(...keys: K[]) => [Object.fromEntries(keys.map((k) => [k, BUILD_PLACEHOLDER])) as Record<K, string>];
