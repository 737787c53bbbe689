import type { SeedReader, SeedSection, SeedStaff } from './types';

export const sections: SeedSection[] = [
  { slug: 'world', name: 'World', description: 'Diplomacy, conflict and the people living through it, from every continent.', position: 1 },
  { slug: 'politics', name: 'Politics', description: 'Parliaments, campaigns and the policies that shape daily life.', position: 2 },
  { slug: 'finance', name: 'Finance', description: 'Markets, central banks, money and the household budget.', position: 3 },
  { slug: 'business', name: 'Business', description: 'Companies, work, trade and the economy behind the headlines.', position: 4 },
  { slug: 'technology', name: 'Technology', description: 'The tools we build, the companies behind them, and who they serve.', position: 5 },
  { slug: 'science', name: 'Science', description: 'Research, health and the climate, explained without the hype.', position: 6 },
  { slug: 'culture', name: 'Culture', description: 'Books, film, music, food and the arts.', position: 7 },
  { slug: 'opinion', name: 'Opinion', description: 'Arguments from our columnists and guest writers.', position: 8 },
];

/** Newsroom staff. Demo passwords live in the seed, not here. */
export const staff: SeedStaff[] = [
  {
    key: 'admin',
    name: 'Nadia Okafor',
    email: 'admin@newshub.test',
    role: 'admin',
    bio: 'Managing editor of NewsHub. Previously ran the night desk at a national daily.',
  },
  { key: 'editor', name: 'Tomás Ferreira', email: 'editor@newshub.test', role: 'editor', bio: 'Deputy editor, overseeing world and politics coverage.' },
  {
    key: 'writer',
    name: 'Leah Brandt',
    email: 'writer@newshub.test',
    role: 'writer',
    bio: 'Finance correspondent covering central banks, bond markets and household money.',
  },
  {
    key: 'amara',
    name: 'Amara Osei',
    email: 'amara.osei@newshub.test',
    role: 'writer',
    bio: 'Diplomatic correspondent based in Istanbul, covering Turkey, the Black Sea and the Caucasus.',
  },
  {
    key: 'daniel',
    name: 'Daniel Whitcombe',
    email: 'daniel.whitcombe@newshub.test',
    role: 'writer',
    bio: 'Political correspondent. Covers parliament, elections and public policy.',
  },
  {
    key: 'mei',
    name: 'Mei Lin Tan',
    email: 'mei.tan@newshub.test',
    role: 'writer',
    bio: 'Technology reporter writing about chips, platforms and digital rights.',
  },
  {
    key: 'rafael',
    name: 'Rafael Quintero',
    email: 'rafael.quintero@newshub.test',
    role: 'writer',
    bio: 'Science and climate writer. Trained as a marine biologist.',
  },
  { key: 'ingrid', name: 'Ingrid Halvorsen', email: 'ingrid.halvorsen@newshub.test', role: 'editor', bio: 'Culture editor and critic at large.' },
];

export const readers: SeedReader[] = [
  { key: 'reader', name: 'Sam Carter', email: 'reader@newshub.test' },
  { key: 'priya', name: 'Priya Raman', email: 'priya.raman@example.com' },
  { key: 'jonas', name: 'Jonas Becker', email: 'jonas.becker@example.com' },
  { key: 'olu', name: 'Oluwaseun Adeyemi', email: 'olu.adeyemi@example.com' },
  { key: 'claire', name: 'Claire Dubois', email: 'claire.dubois@example.com' },
  { key: 'hiro', name: 'Hiroshi Sato', email: 'hiroshi.sato@example.com' },
  { key: 'elena', name: 'Elena Petrova', email: 'elena.petrova@example.com' },
  { key: 'marcus', name: 'Marcus Reid', email: 'marcus.reid@example.com' },
];
