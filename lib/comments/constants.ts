/** Cookie holding the token of a draft typed by a signed-out reader without JavaScript. */
export const DRAFT_COOKIE = 'newshub-comment-draft';
