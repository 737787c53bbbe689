import { describe, expect, it } from 'vitest';
import { createLimitedLogger, messageKind } from '../../server/log-limiter.mjs';

describe('the error log under a flood', () => {
  it('writes a few whole, then one line each, then only a count per minute', () => {
    const written: string[] = [];
    let now = 0;
    const log = createLimitedLogger({ write: (t) => written.push(t), now: () => now, whole: 2, oneLine: 3 });
    const flood = (i: number) => {
      const error = new Error(`The Server Reference ID did not match the expected format. Received "${i.toString(16)}abcdef12".`);
      log(error);
    };
    for (let i = 0; i < 9000; i++) flood(i);
    expect(written).toHaveLength(5);
    expect(written[0]).toContain('\n    at ');
    expect(written[2]!.trim().split('\n')).toHaveLength(1);
    now = 61_000;
    flood(1);
    expect(written[5]).toMatch(/^\[log\] 8995 more like this in the last minute: Error: The Server Reference ID/);
    expect(written).toHaveLength(7);
  });

  it('keeps different messages apart and treats varying ids and numbers as one kind', () => {
    expect(messageKind('Failed to find Server Action "7f00ab12cd34". Request 42')).toBe(messageKind('Failed to find Server Action "00". Request 7'));
    expect(messageKind('Database unavailable')).not.toBe(messageKind('Render failed'));
  });
});
