import { diffLines, diffWordsWithSpace } from 'diff';

/** One run of a comparison between two versions of a story's text. Pure. */
export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };

/** Longest time a word-level comparison may take before whole changed lines are shown instead. */
const WORD_DIFF_TIMEOUT_MS = 250;

const toParts = (changes: { added: boolean; removed: boolean; value: string }[]): DiffPart[] =>
  changes.map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));

/**
 * The words an edit changed, with the spacing and paragraphs between them kept (jsdiff). Two texts too
 * different to compare word by word in good time are compared line by line.
 */
export function diffRevisions(before: string, after: string): DiffPart[] {
  const words = diffWordsWithSpace(before, after, { timeout: WORD_DIFF_TIMEOUT_MS });
  return toParts(words ?? diffLines(before, after));
}

/** The text of one revision as it is compared: headline, standfirst and body as paragraphs. */
export const comparableRevision = (r: { title: string; standfirst: string; body: string }) => `${r.title}\n\n${r.standfirst}\n\n${r.body}`;
