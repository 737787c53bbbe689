import { inject, vi } from 'vitest';

// Every test file talks to the run's own database.
process.env.DATABASE_URL = inject('databaseUrl');

// Outside Next the cache directives are inert; the cache APIs become no-ops.
vi.mock('next/cache', () => ({
  cacheLife: () => undefined,
  cacheTag: () => undefined,
  updateTag: () => undefined,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));
