import type { SeedArticle } from './types';

/**
 * The demo's live blog: a day of the Istanbul talks followed as it happens. The people quoted are
 * fictional; places and institutions are real.
 */
export const liveBlog: SeedArticle = {
  slug: 'istanbul-talks-live-negotiators-work-on-a-ceasefire-text',
  title: 'Istanbul talks live: negotiators work through a ceasefire text, line by line',
  standfirst:
    'Delegations are back at Dolmabahçe Palace for a fourth day. Our correspondents follow the talks, the briefings and the reaction in Kyiv and Moscow as they happen.',
  section: 'world',
  author: 'amara',
  tags: ['Diplomacy', 'Turkey', 'Ukraine'],
  daysAgo: 0,
  hour: 6,
  kind: 'Live',
  hero: {
    motif: 'bridge',
    alt: 'Illustration of the Bosphorus at first light, a long bridge crossing the strait towards a waterfront palace.',
    caption: 'The talks resume at Dolmabahçe Palace on the European shore of the Bosphorus.',
    credit: 'Illustration: NewsHub graphics',
  },
  body: `Negotiators from Russia and Ukraine return to Dolmabahçe Palace this morning with a shared draft for the first time. Turkish mediators say the document runs to eleven articles, four of which are agreed in full.

The newest updates are at the top of this page. Key events are listed first, so readers arriving late can catch up in a minute.

## What is on the table

The draft covers a 30-day halt to strikes on energy infrastructure, an exchange of prisoners, and a joint commission to hear complaints. It does not touch the line of contact or the status of occupied territory.

Both delegations have said they will not brief the press until the day's session ends, so much of what follows comes from Turkish officials and from people in the room who spoke on condition of anonymity.

Amara Osei is reporting from Istanbul, with colleagues in Kyiv, Moscow and Brussels.`,
  liveEntries: [
    {
      minutesAfter: 0,
      author: 'amara',
      title: 'Delegations arrive for a fourth day',
      body: 'Both delegations arrived at the palace shortly after 9am local time, entering by separate gates. The Turkish foreign ministry says the session will run **into the evening**.',
    },
    {
      minutesAfter: 40,
      author: 'amara',
      body: 'A Turkish official tells us the morning is devoted to the prisoner exchange. The sticking point is the order of names: each side wants its longest-held prisoners in the first group.',
    },
    {
      minutesAfter: 95,
      author: 'daniel',
      title: 'Kyiv: "no text is agreed until every text is agreed"',
      body: "In Kyiv, a presidential adviser repeated the delegation's line: nothing is final until the whole document is. He declined to say whether the energy moratorium could be signed on its own.",
    },
    {
      minutesAfter: 150,
      author: 'amara',
      title: 'Prisoner exchange article agreed',
      body: 'Both sides have accepted the article on prisoners, according to two people in the room. It provides for an exchange of all prisoners of war within 14 days, starting with the wounded and the ill.',
      pinned: true,
    },
    {
      minutesAfter: 210,
      author: 'daniel',
      body: 'The Kremlin\'s spokesman, asked about the talks at his daily call, said only that the Russian delegation "has the instructions it needs". Markets in Moscow were flat.',
    },
    {
      minutesAfter: 265,
      author: 'amara',
      title: 'Monitoring: who checks a strike?',
      body: 'The afternoon session turned to the joint commission. Ukraine wants the OSCE or the UN to sit on it; Russia prefers a bilateral body with Turkey in the chair. A compromise under discussion would give Turkish officers a casting vote on disputed incidents.\n\n- Each side names three members\n- Turkey chairs\n- Findings are published within 72 hours',
    },
    {
      minutesAfter: 330,
      author: 'amara',
      title: 'Energy moratorium text agreed in principle',
      body: 'A Turkish foreign ministry spokesman says the delegations have agreed "in principle" on the article halting strikes on power plants, substations and gas facilities for 30 days. Lawyers from both sides will go through the wording overnight.',
      pinned: true,
    },
  ],
};
