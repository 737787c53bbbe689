import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * Password rules (SECURITY.md rule 6): 8+ characters, up to 256 accepted and never truncated, and not
 * easy to guess. Guessability is zxcvbn's estimate (@zxcvbn-ts, with its common-password, name and
 * English dictionaries and keyboard patterns); the reader's own email, name and the site's name count
 * as easy guesses too.
 */
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;
/** zxcvbn's scale: 2 means "somewhat guessable", safe against online guessing when sign-in is throttled. */
const MIN_SCORE = 2;

let estimator: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]) {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return estimator.check(password, userInputs);
}

export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters.`;
  if (length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
  const local = context.email?.split('@')[0];
  const inputs = ['newshub', 'news hub', ...(local ? [local] : []), ...(context.name ? context.name.split(/\s+/) : [])].filter((w) => w.length >= 3);
  // The estimate looks at the first 100 characters: beyond that a password is long enough anyway.
  const result = strength(password.slice(0, 100), inputs);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  const tip = result.feedback.suggestions[0] ? ` ${result.feedback.suggestions[0]}` : ' Try a few unrelated words.';
  return `This password is too easy to guess.${why}${tip}`;
}
