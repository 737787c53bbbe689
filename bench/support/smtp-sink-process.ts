/**
 * The SMTP sink in a process of its own, for benches: so that receiving (parsing SMTP, on its own core)
 * is not counted as sending. Prints its URL, then on "report" on stdin prints per-recipient counts as JSON.
 */
import { startSmtpSink } from './smtp-sink';

async function main() {
  const sink = await startSmtpSink({ parse: false });
  process.stdout.write(`${JSON.stringify({ url: sink.url })}\n`);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', async (chunk: string) => {
    if (!chunk.includes('report')) return;
    const counts: Record<string, number> = {};
    for (const mail of sink.received) for (const to of mail.to) counts[to] = (counts[to] ?? 0) + 1;
    process.stdout.write(`${JSON.stringify({ received: sink.received.length, counts })}\n`);
    await sink.close();
    process.exit(0);
  });
}

void main();
