import { isStaff } from '@/lib/auth/roles';
import { clientAddress } from '@/lib/auth/client-address';
import { siteUrl } from '@/lib/env';
import { currentUser } from '@/lib/dal/session';
import { countView, type Beacon, type ViewOutcome } from '@/lib/dal/page-views';
import { carriesSession, crossSite, imagePagePath, parseBeacon, PIXEL, siteHostsFor } from '@/lib/analytics/beacon-request';

type Outcome = ViewOutcome | 'staff' | 'cross-site' | 'bad-request' | 'error';

/**
 * Page views (lib/dal/page-views.ts). Browsers with JavaScript POST a beacon once the page is usable:
 * `{"path":"/articles/…","referrer":"https://…","width":390}`. Readers without JavaScript load GET
 * /api/views as an image from the page, which names itself in the Referer header. No cookie is set; the
 * session cookie is read only to leave staff out. The answer never changes what the page does; `X-View`
 * says whether the view counted, for tests and curious readers. The production server answers requests
 * without a session before Next.js does (lib/analytics/node-beacon.ts); this handler answers the rest,
 * and everything under any other server.
 */
export async function POST(request: Request) {
  if (crossSite(request.headers.get('sec-fetch-site'))) return answer('cross-site');
  const beacon = parseBeacon(await request.text().catch(() => ''));
  if (!beacon) return answer('bad-request');
  return answer(await count(request, beacon));
}

export async function GET(request: Request) {
  if (crossSite(request.headers.get('sec-fetch-site'))) return answer('cross-site', PIXEL);
  const path = imagePagePath(request.headers.get('referer'), hosts(request));
  return answer(path ? await count(request, { path }) : 'not-a-page', PIXEL);
}

const hosts = (request: Request) => siteHostsFor(siteUrl(), request.headers.get('host'));

async function count(request: Request, beacon: Beacon): Promise<Outcome> {
  try {
    if (carriesSession(request.headers.get('cookie'))) {
      const user = await currentUser();
      if (user && isStaff(user.role)) return 'staff';
    }
    return await countView(beacon, { headers: request.headers, address: clientAddress(request.headers), siteHosts: hosts(request) });
  } catch (error) {
    console.error(`[views] not counted: ${error instanceof Error ? error.message : error}`);
    return 'error';
  }
}

function answer(outcome: Outcome, body?: Buffer) {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-View': outcome };
  if (!body) return new Response(null, { status: 204, headers });
  headers['Content-Type'] = 'image/gif';
  return new Response(new Uint8Array(body), { status: 200, headers });
}
