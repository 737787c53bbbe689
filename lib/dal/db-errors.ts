import 'server-only';

/** The PostgreSQL error behind a failed query (drizzle wraps the driver's error as `cause`). */
function postgresError(error: unknown): { code?: string; constraint?: string } | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code))
      return { code: candidate.code, constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined };
    current = candidate.cause;
  }
  return null;
}

/** A unique index refused the write (23505), optionally a given one. */
export function isUniqueViolation(error: unknown, constraints?: string[]): boolean {
  const pg = postgresError(error);
  return pg?.code === '23505' && (!constraints || (pg.constraint !== undefined && constraints.includes(pg.constraint)));
}
