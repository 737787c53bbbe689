import type { ListKey } from './lists';

/** The links in newsletter emails, from the site's public origin and a subscriber's token. */
export const newsletterLinks = (origin: string, token: string, list: ListKey) => ({
  manage: `${origin}/newsletters/manage?token=${token}`,
  /** The page behind the email's "Unsubscribe" link: says what it will do, one button. */
  unsubscribe: `${origin}/newsletters/unsubscribe?token=${token}&list=${encodeURIComponent(list)}`,
  /** RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here; no sign-in, no page. */
  oneClick: `${origin}/api/newsletters/unsubscribe?token=${token}&list=${encodeURIComponent(list)}`,
});

export const confirmLink = (origin: string, token: string) => `${origin}/newsletters/confirm?token=${token}`;

/** The headers that let mail clients offer their own unsubscribe button (RFC 2369, RFC 8058, RFC 2919). */
export function listHeaders(oneClickUrl: string, manageUrl: string, list: ListKey, host: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `<${list.replace(':', '.')}.newsletters.${host}>`,
    'List-Help': `<${manageUrl}>`,
  };
}
