import 'server-only';
import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type { Database } from '@/db';
import { mailOutbox } from '@/db/schema';
import { env, siteUrl } from '@/lib/env';

/** The mail server (or the outbox) did not take the message: nothing was sent. `cause` says why. */
export class MailNotAccepted extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'MailNotAccepted';
  }
}

/** One email, complete: both bodies, its own Message-ID and any list headers. */
export type OutgoingMail = { to: string; subject: string; html: string; text: string; messageId: string; headers?: Record<string, string> };

type Tx = Pick<Database, 'insert' | 'update' | 'execute'>;

/**
 * Where mail goes: an SMTP server (SMTP_URL), or, without one, the newsroom's outbox table. `deliver`
 * runs `afterAccepted` once the mail is accepted: for the outbox in the same transaction as the copy,
 * so a message is in the outbox exactly when its delivery says sent.
 */
export type MailTransport = {
  kind: 'smtp' | 'outbox';
  deliver(mail: OutgoingMail, db: Database, afterAccepted?: (tx: Tx) => Promise<void>): Promise<void>;
  close(): void;
};

export function mailHost(): string {
  return new URL(siteUrl()).hostname || 'localhost';
}

export function mailFrom(): string {
  return env.MAIL_FROM ?? `NewsHub <newsletters@${mailHost()}>`;
}

export function newMessageId(local: string): string {
  return `<${local}@${mailHost()}>`;
}

/**
 * A connection to the mail server with Nagle's algorithm off: SMTP is many small writes each waiting
 * for an answer, and with it on every message waits on delayed acknowledgements (150 ms a message on
 * one connection, measured, against a few milliseconds without). TLS, when the URL asks for it, is
 * started on this socket by nodemailer.
 */
function noDelaySocket(options: { host?: string; port?: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) {
  const socket = net.connect({ host: options.host, port: Number(options.port), noDelay: true });
  const fail = (error: Error) => callback(error);
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}

export function smtpTransport(url: string): MailTransport {
  // The URL's settings (host, port, TLS, credentials, and any in its query) with a pool of kept-open
  // connections on top; createTransport(url, …) would take the second argument as message defaults.
  const transporter: Transporter = nodemailer.createTransport({
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    maxConnections: 8,
    maxMessages: 1_000,
    ...parseConnectionUrl(url),
    pool: true,
    getSocket: noDelaySocket,
  } as never);
  return {
    kind: 'smtp',
    async deliver(mail, db, afterAccepted) {
      try {
        await transporter.sendMail({
          from: mailFrom(),
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: mail.messageId,
          headers: mail.headers,
        });
      } catch (error) {
        throw new MailNotAccepted(error);
      }
      // Accepted: what fails from here on must not be taken for a failed send.
      if (afterAccepted) await afterAccepted(db);
    },
    close: () => transporter.close(),
  };
}

export const outboxTransport: MailTransport = {
  kind: 'outbox',
  async deliver(mail, db, afterAccepted) {
    // The copy and its mark are one transaction: if it fails, neither happened.
    await db
      .transaction(async (tx) => {
        await tx
          .insert(mailOutbox)
          .values({
            messageId: mail.messageId,
            to: mail.to,
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            headers: { From: mailFrom(), ...mail.headers },
          })
          .onConflictDoNothing();
        if (afterAccepted) await afterAccepted(tx);
      })
      .catch((error: unknown) => {
        throw new MailNotAccepted(error);
      });
  },
  close() {},
};

const holder = globalThis as { __newshubMailTransport?: MailTransport };

/** The process's transport, from SMTP_URL. */
export function mailTransport(): MailTransport {
  holder.__newshubMailTransport ??= env.SMTP_URL ? smtpTransport(env.SMTP_URL) : outboxTransport;
  return holder.__newshubMailTransport;
}

/** Replaces the process's transport: tests and benches point it at their own mail server. */
export function setMailTransport(transport: MailTransport): void {
  holder.__newshubMailTransport = transport;
}

/**
 * How an SMTP failure should be handled: a recipient the server refuses for good (no more mail to that
 * address), a message refused for good (that delivery fails), or try again later. Only a 5xx answer to
 * RCPT TO is a bounce: a refused sender, a failed login or a lost connection is our side's problem, and
 * blocking readers' addresses for it would lose them for good.
 */
export type SendFailure = 'bounce' | 'rejected' | 'temporary';

export function classifySendError(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; command?: string };
  const code = typeof e?.responseCode === 'number' ? e.responseCode : null;
  if (code === null || code < 500 || code >= 600) return 'temporary';
  if (e.command === 'RCPT TO') return 'bounce';
  if (e.command === 'DATA') return 'rejected';
  return 'temporary';
}

export function describeSendError(error: unknown): string {
  const e = error as { response?: string; message?: string };
  return String(e?.response ?? e?.message ?? error).slice(0, 300);
}
