import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { feedAlternates } from '@/lib/feeds/links';
import { pageSocialMetadata } from '@/lib/seo/page';

export const metadata: Metadata = {
  title: 'About NewsHub',
  description: 'Who we are, how we report, and how our comment section works.',
  alternates: { canonical: '/about', types: feedAlternates() },
  ...pageSocialMetadata({ title: 'About NewsHub', description: 'Who we are, how we report, and how our comment section works.', path: '/about' }),
};

/** A static page (no database): also the reference page of `npm run bench`. */
export default function AboutPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="kicker">About</p>
      <h1 className="mt-1 headline text-4xl font-bold sm:text-5xl">About NewsHub</h1>
      <div className="prose prose-lg mt-8 font-serif dark:prose-invert prose-headings:font-serif">
        <p>
          NewsHub is an independent newsroom covering world affairs, politics, finance, business, technology, science and culture. We publish reporting,
          analysis and opinion, clearly labelled, and we invite our readers to argue with us underneath every story.
        </p>
        <h2 id="standards">Editorial standards</h2>
        <p>
          Every story is edited by a second journalist before it is published. When we get something wrong we correct it in the article and mark it as updated,
          with the time of the change. Opinion pieces carry the label “Opinion” and represent their authors.
        </p>
        <h2 id="comments">Community guidelines</h2>
        <ul>
          <li>Argue with ideas, not with people. Personal attacks are removed.</li>
          <li>New readers’ first comments may wait for a moderator before they appear.</li>
          <li>Links are welcome; too many from a new account send a comment to the moderation queue.</li>
          <li>Spam, harassment and hate speech are removed, and repeat offenders are banned.</li>
        </ul>
        <h2 id="contact">Contact</h2>
        <p>
          Tips, corrections and complaints reach the newsroom at <a href="mailto:newsroom@newshub.test">newsroom@newshub.test</a>.
        </p>
      </div>
      <p className="mt-10">
        <ReaderLink href="/" className="font-medium text-accent hover:underline">
          ← Back to the front page
        </ReaderLink>
      </p>
    </main>
  );
}
