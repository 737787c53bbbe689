/**
 * When a story stops taking comments: closed by hand (comments_open off), or a set number of days after
 * it was published (the newsroom's "close after" setting). One rule for the page that shows the form
 * and the write that refuses a late comment.
 */
export type CommentWindow = { open: boolean; closesAt: Date | null };

const DAY_MS = 86_400_000;

export function commentWindow(story: { commentsOpen: boolean; publishedAt: Date | null }, closeAfterDays: number | null, now: number): CommentWindow {
  if (!story.commentsOpen) return { open: false, closesAt: null };
  const closesAt = closeAfterDays !== null && story.publishedAt ? new Date(story.publishedAt.getTime() + closeAfterDays * DAY_MS) : null;
  return { open: closesAt === null || now < closesAt.getTime(), closesAt };
}
