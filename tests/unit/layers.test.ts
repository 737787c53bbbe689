/** The layering in DESIGN.md is enforced by the linter, not only described: these imports fail `npm run lint`. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layers', () => {
  it.each([
    ['components/comments/Widget.tsx', "import { getDb } from '@/db';"],
    ['components/comments/Widget.tsx', "import { comments } from '@/db/schema';"],
    ['components/comments/Widget.tsx', "import { getRecentComments } from '@/lib/dal/comments';"],
    ['app/(site)/x/page.tsx', "import { users } from '@/db/schema';"],
    ['app/(site)/x/page.tsx', "import { sql } from 'drizzle-orm';"],
    ['app/api/x/route.ts', "import { Pool } from 'pg';"],
    ['lib/actions/x.ts', "import { getDb } from '../../db/index';"],
    ['lib/feeds/x.ts', "import * as schema from '@/db/schema';"],
    ['proxy.ts', "import { getDb } from './db';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['components/comments/Widget.tsx', "import type { RecentComment } from '@/lib/dal/types';"],
    ['components/comments/Widget.tsx', "import { MAX_COMMENT } from '@/lib/comments/constants';"],
    ['components/admin/Widget.tsx', "import type { ArticleStatus } from '@/lib/domain';"],
    ['app/(site)/x/page.tsx', "import { listSections } from '@/lib/dal/articles';"],
    ['lib/actions/x.ts', "import { postComment } from '@/lib/dal/comment-writes';"],
    ['lib/dal/x.ts', "import { getDb } from '@/db';\nimport { sql } from 'drizzle-orm';"],
    ['db/x.ts', "import { Pool } from 'pg';"],
    ['scripts/x.ts', "import { getDb } from '../db';"],
  ])('%s may: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
