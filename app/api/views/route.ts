import { isStaff } from '@/lib/auth/roles';
import { clientAddress } from '@/lib/auth/client-address';
import { siteUrl } from '@/lib/env';
import { currentUser } from '@/lib/dal/session';
import { countView, type Beacon, type ViewOutcome } from '@/lib/dal/page-views';

/** A transparent 1×1 GIF, for the counting image of readers without JavaScript. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const MAX_BODY = 2_048;

type Outcome = ViewOutcome | 'staff' | 'cross-site' | 'bad-request' | 'error';

/**
 * Page views (lib/dal/page-views.ts). Browsers with JavaScript POST a beacon once the page is usable:
 * `{"path":"/articles/…","referrer":"https://…","width":390}`. Readers without JavaScript load GET
 * /api/views as an image from the page, which names itself in the Referer header. Nothing is set or
 * read in a cookie beyond the session, and only to leave staff out. The answer never changes what
 * the page does; `X-View` says whether the view counted, for tests and curious readers.
 */
export async function POST(request: Request) {
  const guard = refuse(request);
  if (guard) return answer(guard);
  const text = await request.text().catch(() => '');
  if (text.length === 0 || text.length > MAX_BODY) return answer('bad-request');
  let beacon: Beacon;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return answer('bad-request');
    beacon = parsed as Beacon;
  } catch {
    return answer('bad-request');
  }
  return answer(await count(request, beacon));
}

export async function GET(request: Request) {
  const guard = refuse(request);
  if (guard) return answer(guard, PIXEL);
  let path: string | null = null;
  try {
    const page = new URL(request.headers.get('referer') ?? '');
    if (siteHosts(request).includes(page.hostname)) path = page.pathname;
  } catch {
    // no page named: nothing to count
  }
  return answer(path ? await count(request, { path }) : 'not-a-page', PIXEL);
}

/** Counting runs only for requests made by this site's own pages. */
function refuse(request: Request): Outcome | null {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return 'cross-site';
  return null;
}

async function count(request: Request, beacon: Beacon): Promise<Outcome> {
  if (/(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/.test(request.headers.get('cookie') ?? '')) {
    const user = await currentUser();
    if (user && isStaff(user.role)) return 'staff';
  }
  try {
    return await countView(beacon, { headers: request.headers, address: clientAddress(request.headers), siteHosts: siteHosts(request) });
  } catch (error) {
    console.error(`[views] not counted: ${error instanceof Error ? error.message : error}`);
    return 'error';
  }
}

function siteHosts(request: Request): string[] {
  const hosts = [new URL(siteUrl()).hostname];
  const host = request.headers.get('host');
  if (host) {
    try {
      hosts.push(new URL(`http://${host}`).hostname);
    } catch {
      // not a host name
    }
  }
  return hosts;
}

function answer(outcome: Outcome, body?: Buffer) {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-View': outcome };
  if (!body) return new Response(null, { status: 204, headers });
  headers['Content-Type'] = 'image/gif';
  return new Response(new Uint8Array(body), { status: 200, headers });
}
