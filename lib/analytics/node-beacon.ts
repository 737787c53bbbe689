import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { siteUrl } from '@/lib/env';
import { countView, type Beacon } from '@/lib/dal/page-views';
import { carriesSession, crossSite, imagePagePath, MAX_BEACON_BYTES, parseBeacon, PIXEL, siteHostsFor } from './beacon-request';

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function answer(res: ServerResponse, outcome: string, image: boolean) {
  const headers: Record<string, string | number> = { 'Cache-Control': 'no-store', 'X-View': outcome };
  if (!image) {
    res.writeHead(204, headers).end();
    return;
  }
  headers['Content-Type'] = 'image/gif';
  headers['Content-Length'] = PIXEL.length;
  res.writeHead(200, headers).end(PIXEL);
}

async function count(req: IncomingMessage, beacon: Beacon, address: string, siteHosts: string[]): Promise<string> {
  try {
    const headers = new Headers();
    for (const name of ['user-agent', 'dnt', 'sec-gpc']) {
      const value = header(req, name);
      if (value !== undefined) headers.set(name, value);
    }
    return await countView(beacon, { headers, address, siteHosts });
  } catch (error) {
    console.error(`[views] not counted: ${error instanceof Error ? error.message : error}`);
    return 'error';
  }
}

/**
 * View beacons written straight to Node's response by the production server (server/http-server.mjs),
 * before Next.js routes the request: counting a view then costs about what serving a static page does.
 * Requests with a session go to the route handler instead (returns false), which can tell staff.
 */
export function serveViewBeacon(req: IncomingMessage, res: ServerResponse, address: string): boolean {
  if (carriesSession(header(req, 'cookie'))) return false;
  const image = req.method === 'GET';
  const siteHosts = siteHostsFor(siteUrl(), header(req, 'host'));
  if (crossSite(header(req, 'sec-fetch-site'))) {
    req.resume();
    answer(res, 'cross-site', image);
    return true;
  }
  if (image) {
    const path = imagePagePath(header(req, 'referer'), siteHosts);
    if (!path) answer(res, 'not-a-page', true);
    else void count(req, { path }, address, siteHosts).then((outcome) => answer(res, outcome, true));
    return true;
  }
  let body = '';
  let tooLong = false;
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    if (tooLong) return;
    body += chunk;
    if (body.length > MAX_BEACON_BYTES) tooLong = true;
  });
  req.on('end', () => {
    const beacon = tooLong ? null : parseBeacon(body);
    if (!beacon) answer(res, 'bad-request', false);
    else void count(req, beacon, address, siteHosts).then((outcome) => answer(res, outcome, false));
  });
  req.on('error', () => res.destroy());
  return true;
}
