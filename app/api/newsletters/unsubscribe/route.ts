import { unsubscribeByToken } from '@/lib/dal/newsletter-subscribers';

/**
 * One-click unsubscribe (RFC 8058): the address in every newsletter's List-Unsubscribe header. Mail
 * clients POST "List-Unsubscribe=One-Click" here; the token in the address is the only credential, so
 * no sign-in, cookie or page is involved. A browser opening the address is sent to the page that asks.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const result = await unsubscribeByToken(url.searchParams.get('token'), url.searchParams.get('list'));
  if (!result.ok)
    return new Response(result.message, { status: result.code === 'not-found' ? 404 : 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response('Unsubscribed.', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const page = new URL('/newsletters/unsubscribe', url);
  for (const key of ['token', 'list']) {
    const value = url.searchParams.get(key);
    if (value) page.searchParams.set(key, value.slice(0, 100));
  }
  return new Response(null, { status: 303, headers: { location: `${page.pathname}${page.search}`, 'cache-control': 'no-store' } });
}
