import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { env, isProduction } from '@/lib/env';

/**
 * The key that signs session tokens. In production it must come from AUTH_SECRET (32+ bytes). The embedded
 * demo and development create one under the data folder, so sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) {
    if (Buffer.byteLength(env.AUTH_SECRET) < 32) throw new Error('AUTH_SECRET is too short: use 32 or more random bytes (openssl rand -base64 32).');
    return env.AUTH_SECRET;
  }
  if (isProduction && env.NEWSHUB_EMBEDDED !== '1')
    throw new Error('AUTH_SECRET is not set. Set it to 32 or more random bytes (openssl rand -base64 32) before starting NewsHub in production.');
  const dir = path.resolve(/*turbopackIgnore: true*/ env.NEWSHUB_DATA_DIR ?? path.join(process.cwd(), '.data'));
  const file = path.join(dir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}
