/** Cookie holding the token of a draft typed by a signed-out reader without JavaScript. */
export const DRAFT_COOKIE = 'newshub-comment-draft';

/** Longest comment, in characters as a reader counts them. */
export const MAX_COMMENT = 5000;
/** How long after posting a comment its author may edit it. */
export const EDIT_WINDOW_MS = 15 * 60_000;
