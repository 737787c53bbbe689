/** Messages for a comment that could not be posted without JavaScript (the code travels in the URL). */
const MESSAGES: Record<string, string> = {
  invalid: 'Your comment contains characters we can’t store (such as a NUL byte). Remove them and try again.',
  'too-long': 'Comments can be at most 5,000 characters.',
  empty: 'Your comment cannot be empty.',
  duplicate: 'You have already posted this comment.',
  flood: 'You’re commenting too quickly. Please wait a few seconds and try again.',
  'banned-word': 'Your comment contains language that isn’t allowed here. Please edit it and try again.',
  'article-unavailable': 'This story is not open for comments.',
  'comments-closed': 'Comments on this story are closed.',
  'parent-unavailable': 'The comment you are replying to is no longer available.',
  'stale-form': 'This comment form was out of date. Write your comment again below.',
  banned: 'Your account has been suspended, so you can’t comment.',
};

export function commentFailureMessage(code: string | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? 'Your comment could not be posted. Please try again.';
}
