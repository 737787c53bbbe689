import type { Result } from '@/lib/dal/result';

/** The value of a successful data-layer result; a failure fails the test with its code and message. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}: ${result.message}`);
  return result.value;
}
