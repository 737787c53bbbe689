import 'server-only';
import { Client } from 'pg';
import { getDatabaseUrl } from '@/db';

export const LIVE_CHANNEL = 'newshub_live';

/**
 * A connection of its own that LISTENs for the live stream's notifications (sent at commit by the
 * triggers of migration 0006_live). `onLost` is called once if the connection fails or ends.
 */
export async function listenForLiveEvents(onNotify: () => void, onLost: (error: Error | null) => void): Promise<{ close(): Promise<void> }> {
  const client = new Client({ connectionString: await getDatabaseUrl(), keepAlive: true });
  let lost = false;
  const lose = (error: Error | null) => {
    if (lost) return;
    lost = true;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    onLost(error);
  };
  client.on('notification', onNotify);
  client.on('error', lose);
  client.on('end', () => lose(null));
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return {
    async close() {
      lost = true;
      await client.end().catch(() => undefined);
    },
  };
}
