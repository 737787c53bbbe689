import { describe, expect, it } from 'vitest';
import { comparableRevision, diffRevisions } from '@/lib/content/revision-diff';

const joined = (parts: { type: string; text: string }[], keep: 'before' | 'after') =>
  parts
    .filter((p) => p.type === 'same' || p.type === (keep === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

describe('diffRevisions', () => {
  it('marks the words an edit changed, not whole paragraphs', () => {
    const before = 'The council met on Tuesday and voted to close the library.';
    const after = 'The city council met on Wednesday and voted to close the library.';
    const parts = diffRevisions(before, after);
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text.trim())).toEqual(['city', 'Wednesday']);
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text.trim())).toEqual(['Tuesday']);
    expect(parts.some((p) => p.type === 'same' && p.text.includes('voted to close the library.'))).toBe(true);
  });

  it('gives back both texts exactly, paragraphs included', () => {
    const before = comparableRevision({ title: 'Talks stall', standfirst: 'No deal yet.', body: 'First.\n\nSecond paragraph here.' });
    const after = comparableRevision({ title: 'Talks resume', standfirst: 'No deal yet.', body: 'First.\n\nA new second paragraph.\n\nThird.' });
    const parts = diffRevisions(before, after);
    expect(joined(parts, 'before')).toBe(before);
    expect(joined(parts, 'after')).toBe(after);
  });

  it('handles identical and empty texts', () => {
    expect(diffRevisions('same words', 'same words')).toEqual([{ type: 'same', text: 'same words' }]);
    expect(diffRevisions('', 'new')).toEqual([{ type: 'added', text: 'new' }]);
  });

  it('still answers for long, very different texts', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 20_000 }, (_, i) => `beta${i}`).join(' ');
    const parts = diffRevisions(a, b);
    expect(joined(parts, 'before')).toBe(a);
    expect(joined(parts, 'after')).toBe(b);
  });
});
