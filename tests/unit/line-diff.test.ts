import { describe, expect, it } from 'vitest';
import { diffLines } from '@/lib/content/line-diff';

describe('diffLines', () => {
  it('marks added, removed and unchanged lines in order', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { type: 'same', text: 'a' },
      { type: 'removed', text: 'b' },
      { type: 'added', text: 'B' },
      { type: 'same', text: 'c' },
      { type: 'added', text: 'd' },
    ]);
  });
  it('handles identical and empty texts', () => {
    expect(diffLines('x', 'x')).toEqual([{ type: 'same', text: 'x' }]);
    expect(diffLines('', 'new')).toEqual([
      { type: 'removed', text: '' },
      { type: 'added', text: 'new' },
    ]);
  });
});
