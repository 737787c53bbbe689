import type { SeedArticle } from './types';

/** Work in progress in the demo newsroom: never visible to readers. */
export const unpublished: (Omit<SeedArticle, 'daysAgo' | 'hour'> & { status: 'draft' | 'review' | 'scheduled'; hoursFromNow?: number })[] = [
  {
    status: 'draft',
    slug: 'draft-port-authority-dredging-contract',
    title: 'Port authority weighs dredging contract as shipping lanes silt up',
    standfirst: 'Board papers show a two-year delay has already cost the harbour three container services.',
    section: 'business',
    author: 'writer',
    tags: ['Trade', 'Shipping'],
    kind: 'News',
    hero: {
      motif: 'waves',
      alt: 'Stylised waves in a harbour at dusk',
      caption: 'The harbour approach has narrowed since 2023.',
      credit: 'Illustration: NewsHub graphics',
    },
    body: `Board papers seen by NewsHub show the port authority will decide next month whether to award a dredging contract that has been delayed for two years.

## What the papers say

Three container services have already moved to deeper neighbouring ports, according to the minutes.

> "Every month we wait, the channel gets shallower and the ships get bigger," one board member wrote.`,
  },
  {
    status: 'review',
    slug: 'review-city-council-night-bus-pilot',
    title: 'City council to extend night bus pilot after ridership doubles',
    standfirst: 'Late-shift workers account for most of the new journeys, a council survey found.',
    section: 'politics',
    author: 'daniel',
    tags: ['Transport', 'Local government'],
    kind: 'News',
    hero: {
      motif: 'bridge',
      alt: 'A bridge lit at night over a river',
      caption: 'The pilot routes cross the river four times an hour.',
      credit: 'Illustration: NewsHub graphics',
    },
    body: `The council is expected to extend its night bus pilot for another year after ridership doubled in six months.

## Who rides

A council survey found that hospital, hospitality and warehouse workers made up 61% of journeys after midnight.`,
  },
  {
    status: 'scheduled',
    hoursFromNow: 72,
    slug: 'scheduled-budget-week-what-to-watch',
    title: 'Budget week: the five numbers to watch',
    standfirst: 'Borrowing, the fiscal rules and the price of the state pension will shape the chancellor’s speech.',
    section: 'finance',
    author: 'writer',
    tags: ['Budget', 'Public finances'],
    kind: 'Explainer',
    hero: {
      motif: 'chart',
      alt: 'A rising line chart over a dark green background',
      caption: 'Public borrowing has overshot forecasts this year.',
      credit: 'Illustration: NewsHub graphics',
    },
    body: `The budget arrives on Wednesday with less room for manoeuvre than any in a decade.

## Borrowing

Borrowing in the first seven months of the financial year ran ahead of the official forecast.`,
  },
];
