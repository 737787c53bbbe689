/** A sending process for the exactly-once test: drains the queue to SMTP_URL until it is killed. */
import { drainQueue } from '@/lib/dal/newsletter-queue';
import { smtpTransport } from '@/lib/dal/mail';

async function main() {
  const transport = smtpTransport(process.env.SMTP_URL!);
  await drainQueue({ transport, leaseSeconds: Number(process.env.SENDER_LEASE_SECONDS ?? 60), concurrency: 4 });
  transport.close();
  process.exit(0);
}

void main();
