import mjml2html from 'mjml';

/**
 * Newsletter emails as HTML (MJML: tables and inline styles that the major clients render) and as plain
 * text, written once per issue. Each reader's own links are filled in at sending time (`personalise`).
 */

export const PLACEHOLDERS = { manage: '%%MANAGE_URL%%', unsubscribe: '%%UNSUBSCRIBE_URL%%' } as const;

export type EmailStory = { title: string; url: string; standfirst: string; section: string; byline: string | null };

export type IssueContent = {
  kind: 'briefing' | 'section' | 'breaking';
  /** The subject line, also the heading. */
  subject: string;
  /** Shown in the inbox after the subject. */
  preheader: string;
  /** A line or a few paragraphs above the stories. */
  intro: string;
  stories: EmailStory[];
  /** "The Daily Briefing", "World daily", "Breaking news": named in the footer. */
  listName: string;
  dateLine: string;
  siteUrl: string;
};

export type RenderedEmail = { subject: string; html: string; text: string };

const COLORS = { paper: '#fbfaf7', ink: '#16140f', muted: '#5c5850', rule: '#d9d4c7', accent: '#b3261e' };
const SERIF = "Georgia, 'Times New Roman', serif";
const SANS = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paragraphs of plain text (blank lines between them) as MJML text blocks. */
function paragraphs(text: string, attributes: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<mj-text ${attributes}>${escapeHtml(p).replace(/\n/g, '<br />')}</mj-text>`)
    .join('\n');
}

function frame(body: string, preheader: string, footer: string, siteUrl: string): string {
  return `<mjml lang="en">
  <mj-head>
    <mj-preview>${escapeHtml(preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${SANS}" color="${COLORS.ink}" />
      <mj-text font-size="16px" line-height="1.5" padding="0 24px 12px" />
      <mj-section padding="0" />
    </mj-attributes>
    <mj-style>
      a { color: ${COLORS.ink}; }
      .story a { text-decoration: none; }
      @media (prefers-color-scheme: dark) { .footer a { color: inherit; } }
    </mj-style>
  </mj-head>
  <mj-body background-color="${COLORS.paper}" width="600px">
    <mj-section padding="24px 0 8px">
      <mj-column>
        <mj-text font-family="${SERIF}" font-size="28px" font-weight="700" line-height="1.1" padding="0 24px"><a href="${escapeHtml(siteUrl)}/" style="text-decoration:none;color:${COLORS.ink}">news<span style="color:${COLORS.accent}">hub</span></a></mj-text>
        <mj-divider border-width="2px" border-color="${COLORS.ink}" padding="12px 24px 16px" />
      </mj-column>
    </mj-section>
    ${body}
    <mj-section padding="8px 0 32px">
      <mj-column>
        <mj-divider border-width="1px" border-color="${COLORS.rule}" padding="8px 24px 16px" />
        ${footer}
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

function footerOf(listName: string): string {
  return `<mj-text css-class="footer" font-size="13px" color="${COLORS.muted}">You receive ${escapeHtml(listName)} because you subscribed at NewsHub.
  <a href="${PLACEHOLDERS.manage}" style="color:${COLORS.muted}">Manage your newsletters</a> ·
  <a href="${PLACEHOLDERS.unsubscribe}" style="color:${COLORS.muted}">Unsubscribe</a></mj-text>`;
}

function storyBlock(story: EmailStory, lead: boolean): string {
  const headlineSize = lead ? '24px' : '20px';
  return `<mj-section padding="0 0 8px" css-class="story">
      <mj-column>
        <mj-text font-size="12px" font-weight="700" letter-spacing="0.08em" color="${COLORS.accent}" padding="8px 24px 4px">${escapeHtml(story.section.toUpperCase())}</mj-text>
        <mj-text font-family="${SERIF}" font-size="${headlineSize}" font-weight="700" line-height="1.2" padding="0 24px 6px"><a href="${escapeHtml(story.url)}" style="color:${COLORS.ink};text-decoration:none">${escapeHtml(story.title)}</a></mj-text>
        ${story.standfirst ? `<mj-text color="${COLORS.muted}" padding="0 24px 6px">${escapeHtml(story.standfirst)}</mj-text>` : ''}
        ${story.byline ? `<mj-text font-size="13px" color="${COLORS.muted}" padding="0 24px 12px">By ${escapeHtml(story.byline)}</mj-text>` : ''}
        <mj-divider border-width="1px" border-color="${COLORS.rule}" padding="4px 24px 8px" />
      </mj-column>
    </mj-section>`;
}

async function compile(source: string): Promise<string> {
  const result = await mjml2html(source, { validationLevel: 'strict', minify: false });
  if (result.errors.length > 0) throw new Error(`Email template: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  return result.html;
}

function textOfIssue(content: IssueContent): string {
  const lines = [content.kind === 'breaking' ? `BREAKING NEWS: ${content.subject}` : content.subject, content.dateLine, '', content.intro.trim(), ''];
  for (const story of content.stories) {
    lines.push(`${story.section.toUpperCase()}`, story.title);
    if (story.standfirst) lines.push(story.standfirst);
    if (story.byline) lines.push(`By ${story.byline}`);
    lines.push(story.url, '');
  }
  lines.push(
    '—',
    `You receive ${content.listName} because you subscribed at NewsHub.`,
    `Manage your newsletters: ${PLACEHOLDERS.manage}`,
    `Unsubscribe: ${PLACEHOLDERS.unsubscribe}`,
  );
  return lines.join('\n');
}

export async function renderIssue(content: IssueContent): Promise<RenderedEmail> {
  const heading =
    content.kind === 'breaking'
      ? `<mj-text font-size="13px" font-weight="700" letter-spacing="0.1em" color="${COLORS.accent}" padding="0 24px 4px">BREAKING NEWS</mj-text>`
      : `<mj-text font-size="13px" color="${COLORS.muted}" padding="0 24px 4px">${escapeHtml(content.dateLine)}</mj-text>`;
  const body = `<mj-section>
      <mj-column>
        ${heading}
        <mj-text font-family="${SERIF}" font-size="30px" font-weight="700" line-height="1.15" padding="0 24px 12px">${escapeHtml(content.subject)}</mj-text>
        ${paragraphs(content.intro, 'font-size="17px"')}
      </mj-column>
    </mj-section>
    ${content.stories.map((story, i) => storyBlock(story, i === 0)).join('\n')}`;
  const html = await compile(frame(body, content.preheader, footerOf(content.listName), content.siteUrl));
  return { subject: content.subject, html, text: textOfIssue(content) };
}

/** The double opt-in email: one button, and what happens if the reader did not ask. */
export async function renderConfirmation({ confirmUrl, lists, siteUrl }: { confirmUrl: string; lists: string[]; siteUrl: string }): Promise<RenderedEmail> {
  const subject = 'Confirm your NewsHub newsletters';
  const named = lists.join(', ');
  const body = `<mj-section>
      <mj-column>
        <mj-text font-family="${SERIF}" font-size="26px" font-weight="700" line-height="1.2" padding="0 24px 12px">One click to confirm</mj-text>
        <mj-text>Someone, we hope you, asked for these newsletters at this address: <strong>${escapeHtml(named)}</strong>.</mj-text>
        <mj-button href="${escapeHtml(confirmUrl)}" background-color="${COLORS.ink}" color="${COLORS.paper}" font-weight="700" border-radius="4px" align="left" padding="8px 24px 16px">Confirm my subscription</mj-button>
        <mj-text font-size="14px" color="${COLORS.muted}">The link works for 7 days. If you did not ask, ignore this email: nothing will be sent and the address is forgotten.</mj-text>
      </mj-column>
    </mj-section>`;
  const footer = `<mj-text css-class="footer" font-size="13px" color="${COLORS.muted}">NewsHub · <a href="${escapeHtml(siteUrl)}/" style="color:${COLORS.muted}">${escapeHtml(siteUrl.replace(/^https?:\/\//, ''))}</a></mj-text>`;
  const html = await compile(frame(body, `Confirm: ${named}`, footer, siteUrl));
  const text = [
    'One click to confirm',
    '',
    `Someone, we hope you, asked for these newsletters at this address: ${named}.`,
    '',
    `Confirm my subscription: ${confirmUrl}`,
    '',
    'The link works for 7 days. If you did not ask, ignore this email: nothing will be sent and the address is forgotten.',
  ].join('\n');
  return { subject, html, text };
}

/** One reader's copy: their own manage and unsubscribe links in place of the placeholders. */
export function personalise(template: string, links: { manage: string; unsubscribe: string }, escape: boolean): string {
  const manage = escape ? escapeHtml(links.manage) : links.manage;
  const unsubscribe = escape ? escapeHtml(links.unsubscribe) : links.unsubscribe;
  return template.split(PLACEHOLDERS.manage).join(manage).split(PLACEHOLDERS.unsubscribe).join(unsubscribe);
}
