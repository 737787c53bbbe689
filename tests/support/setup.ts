import { inject, vi } from 'vitest';

// Every test file talks to the run's own database.
process.env.DATABASE_URL = inject('databaseUrl');

// Outside Next the cache directives are inert. The cache APIs do nothing here, but they are spies, so
// tests can check which tags a write invalidated.
vi.mock('next/cache', () => ({
  cacheLife: vi.fn(),
  cacheTag: vi.fn(),
  updateTag: vi.fn(),
  revalidateTag: vi.fn(),
  revalidatePath: vi.fn(),
}));
