/** Small pieces of the thread's markup shared by the server's thread HTML and the browser. */

/** The classes of a list of replies at a depth. */
export function repliesListClass(depth: number): string {
  return depth < 3 ? 'ml-3 border-l-2 rule pl-4 sm:ml-5 sm:pl-5' : 'border-l-2 rule pl-3';
}

/** The recommendation count under a comment ("" for none). */
export function recommendText(count: number): string {
  if (count <= 0) return '';
  return count === 1 ? '1 recommendation' : `${count.toLocaleString('en-GB')} recommendations`;
}
