import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A mail server in the test process: accepts mail on a free port, parses each message, and can refuse
 * recipients for good (550) or for now (451), or hold messages unanswered (to crash a sender mid-send).
 * A message counts as received only once the sink has said 250 for it.
 */
export type ReceivedMail = { to: string[]; parsed: ParsedMail; raw: Buffer };

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  /** Messages waiting for an answer while held. */
  held: () => number;
  refuse: (address: string, kind: 'permanent' | 'temporary') => void;
  /** Hold every message after the next `after` accepted ones, unanswered, until `release()`. */
  holdAfter: (after: number) => void;
  release: () => void;
  to: (address: string) => ReceivedMail[];
  close: () => Promise<void>;
  /** Resolves when `count` messages have been received. */
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  /** Keep only headers and text (a bench's 10,000 messages). */
  light: boolean;
};

export async function startSmtpSink({ parse = true }: { parse?: boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const refused = new Map<string, 'permanent' | 'temporary'>();
  let holdFrom: number | null = null;
  let waiting: (() => void)[] = [];
  let heldCount = 0;
  let accepted = 0;
  const watchers: { count: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const w of [...watchers]) {
      if (received.length < w.count) continue;
      watchers.splice(watchers.indexOf(w), 1);
      w.resolve();
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const kind = refused.get(address.address.toLowerCase());
      if (kind === 'permanent') return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
      if (kind === 'temporary') return callback(Object.assign(new Error('4.2.1 Mailbox busy, try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        if (holdFrom !== null && accepted >= holdFrom) {
          heldCount++;
          // Never answered: when the sender dies the connection closes and the message was not delivered.
          await new Promise<void>((resolve) => waiting.push(resolve));
          heldCount--;
          return callback(Object.assign(new Error('4.3.0 Released without delivery'), { responseCode: 451 }));
        }
        accepted++;
        const parsed = parse ? await simpleParser(raw) : ({ headers: new Map(), text: '' } as unknown as ParsedMail);
        received.push({ to, parsed, raw: parse ? raw : Buffer.alloc(0) });
        notify();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    held: () => heldCount,
    refuse: (address, kind) => void refused.set(address.toLowerCase(), kind),
    holdAfter: (after) => void (holdFrom = accepted + after),
    release: () => {
      holdFrom = null;
      const list = waiting;
      waiting = [];
      for (const resolve of list) resolve();
    },
    to: (address) => received.filter((m) => m.to.includes(address.toLowerCase())),
    close: () =>
      new Promise<void>((resolve) => {
        const list = waiting;
        waiting = [];
        for (const r of list) r();
        server.close(() => resolve());
      }),
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise<void>((resolve, reject) => {
        if (received.length >= count) return resolve();
        const timer = setTimeout(() => reject(new Error(`Only ${received.length} of ${count} messages arrived`)), timeoutMs);
        watchers.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    light: !parse,
  };
}
