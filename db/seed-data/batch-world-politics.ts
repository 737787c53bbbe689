import type { SeedBundle } from './types';

/**
 * World, politics and opinion batch for the NewsHub demo.
 * All people quoted or named in these pieces are fictional; places and institutions are real.
 */
export const bundle: SeedBundle = {
  articles: [
    // 1. Lead story
    {
      slug: 'istanbul-talks-inch-towards-a-ceasefire',
      title: 'Istanbul talks inch towards a ceasefire, but the hardest questions are still unasked',
      standfirst:
        'Turkey has brought Russian and Ukrainian negotiators back to the same table on the Bosphorus. A limited truce looks within reach; a durable peace does not.',
      section: 'world',
      author: 'amara',
      tags: ['Diplomacy', 'Turkey', 'Ukraine', 'Black Sea'],
      daysAgo: 0,
      hour: 23,
      featured: true,
      kind: 'Analysis',
      updatedHoursAfter: 3,
      hero: {
        motif: 'bridge',
        alt: 'Illustration of a suspension bridge spanning a wide strait at dawn, with the outline of a waterfront palace and two domed mosques on the far shore.',
        caption: 'The Bosphorus, where delegations are meeting at Dolmabahçe Palace for a third round of talks in six weeks.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The third round of talks in six weeks opened on Monday morning in the Dolmabahçe Palace offices on the European shore of the Bosphorus, and by the time the delegations broke for the night both sides were describing the atmosphere with the same guarded word: "working".

That is progress of a kind. When Russian and Ukrainian negotiators last met in Istanbul, the session lasted less than two hours and produced a single agreement, on the exchange of prisoners of war. This time, according to two officials briefed on the discussions, the agenda runs to four pages and the teams have split into working groups on military, humanitarian and maritime questions.

## What is on the table

The draft text, parts of which were described to NewsHub, is modest by design. It does not mention borders, sovereignty or security guarantees; instead it sets out a sequence of confidence-building steps that mediators hope could harden into a wider truce:

- a 30-day halt to long-range strikes on power stations, substations and gas facilities, renewable by mutual consent;
- an "all for all" exchange of detained civilians, with the International Committee of the Red Cross verifying the lists;
- a protected lane for commercial shipping between ports in the Odesa region and the Bosphorus, with inspections run from a joint centre in Istanbul;
- a technical channel between the two general staffs to report and investigate violations.

A Turkish foreign ministry official involved in the talks said the order of those steps matters more than their content.

> We are not asking anyone to sign a peace treaty this week. We are asking them to prove, for thirty days, that they can keep a promise. If that works, the next conversation becomes possible.

The energy moratorium is the item most likely to be agreed first. An earlier, looser understanding on energy strikes collapsed within weeks amid competing accusations. Negotiators are now discussing a written list of protected sites and a hotline for complaints, two features the previous arrangement lacked.

## Why Ankara wants this to work

Turkey's role is not new. It hosted the first direct talks in the spring of 2022 and, with the United Nations, brokered the Black Sea Grain Initiative that summer. What has changed is the size of Ankara's stake. Turkish owners operate a large share of the bulk carriers working the Black Sea, war-risk insurance for ships calling at Ukrainian ports still costs several times its pre-war level, and Turkey governs the passage of warships through the straits under the 1936 Montreux Convention.

Selin Aydemir, a former Turkish diplomat who now teaches conflict mediation in Istanbul, said Ankara's position as a Nato member that never joined Western sanctions on Moscow gives it access few others can match.

> Turkey is the only host both delegations can fly into without starting a political argument at home. That is an asset, but it is also a ceiling. Ankara can convene, it can propose, it can hold the pen. It cannot guarantee anything on its own.

A senior European diplomat in Istanbul said any monitoring mission would need the backing of a wider group of states and possibly a role for the [OSCE](https://www.osce.org), which ran a civilian observer mission in eastern Ukraine until 2022.

## The sticking points

The hardest questions are being kept off the formal agenda, but they shadow every session. Kyiv wants any truce tied to a timetable for security guarantees from its Western partners; Moscow wants sanctions relief discussed in parallel. Neither demand appears in the draft, and an official from one of the mediating delegations said raising either "would end the process by lunchtime".

The practical obstacles are just as stubborn. A front line of roughly 1,000 kilometres cannot be policed by a hotline, and neither side has agreed who would count violations, or how quickly a complaint must be answered. Humanitarian groups say previous exchanges were slowed for weeks by disputes over individual names, and families of missing civilians have gathered outside the palace gates each morning with photographs.

Delegates are expected to resume on Tuesday, and Turkish officials hope to announce at least the energy moratorium before the teams leave the city. Whether it holds for its first thirty days will say more about the prospects for a ceasefire than any communiqué issued from the Bosphorus.`,
    },

    // 2.
    {
      slug: 'black-sea-shippers-wary-as-war-risk-premiums-stay-high',
      title: 'Black Sea shippers wary as war-risk premiums stay high despite talk of a truce',
      standfirst:
        'Underwriters in London and Istanbul say they will price in a ceasefire only once it survives contact with the sea. Ukrainian grain exporters are paying the difference.',
      section: 'world',
      author: 'amara',
      tags: ['Black Sea', 'Ukraine', 'Turkey', 'Trade'],
      daysAgo: 3,
      hour: 14,
      kind: 'News',
      hero: {
        motif: 'waves',
        alt: 'Illustration of a loaded bulk carrier crossing choppy grey water, with port cranes and grain silos faint on the horizon behind it.',
        caption: 'A bulk carrier leaving the Odesa coast. Insurance remains one of the largest costs of a Black Sea voyage.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Shipowners and insurers working the Black Sea say the prospect of a ceasefire deal in Istanbul has done little so far to bring down the cost of sending a vessel to Ukraine's ports, with underwriters insisting they need weeks of calm on the water before they cut rates.

War-risk cover for a bulk carrier calling at Odesa, Chornomorsk or Pivdennyi currently costs around 1 per cent of the ship's hull value for a single seven-day visit, according to three brokers in London and Istanbul. For a mid-sized vessel worth $25m, that is roughly $250,000 per call, on top of standard marine insurance. Before the full-scale invasion in 2022, the equivalent premium was a small fraction of that.

## A premium on uncertainty

The Black Sea has remained on the list of high-risk areas drawn up by the Lloyd's market's Joint War Committee since early 2022, which means owners must notify insurers and pay an additional premium each time they enter. A London marine underwriter, who asked not to be named because he was not authorised to speak publicly, said a signed text would not be enough to change that.

> We price what we can see. A ceasefire on paper is good news, but we have seen drones and sea mines long after people said things were calming down. Give us sixty days without an incident in the shipping lanes and the conversation changes.

Drifting mines remain a particular concern. Romanian, Bulgarian and Turkish navies have run joint mine-clearing patrols along their coasts since 2024, but brokers say the risk further north, off the Ukrainian coast, is much harder to quantify.

Kerem Yıldız, operations director at an Istanbul-based company that manages 14 dry bulk vessels, said his firm had sent ships to Ukrainian ports throughout the past year but had struggled to find crews willing to go.

> The premium is one thing; you can pass some of it on to the charterer. The harder part is people. Every seafarer now asks where the ship is going before they sign, and some simply say no.

## Grain still moving

Despite the costs, exports have continued. Ukraine's own shipping corridor, which hugs the western Black Sea coast and runs through Romanian and Bulgarian territorial waters to the Bosphorus, has carried the bulk of its grain, oilseed and iron ore since the UN-brokered arrangement collapsed in 2023.

Traders in Odesa say the insurance bill is ultimately paid by farmers through lower prices at the port. Hanna Kovalenko, who runs a small grain trading business in the city, estimated that risk-related costs shave about $20 off every tonne of wheat compared with a Romanian cargo loading at Constanța.

"The buyers in Egypt or Turkey don't care about our war," she said. "They compare our price with everyone else's. So the farmer in Mykolaiv takes the hit."

## What would change the maths

Brokers identified three developments that could bring rates down quickly:

- an agreed moratorium on attacks against ports and vessels, with a mechanism for reporting violations;
- a joint inspection or monitoring centre, similar to the one that operated in Istanbul in 2022 and 2023;
- a sustained reduction in mine incidents reported by coastal navies.

Turkish officials involved in the Istanbul talks have signalled that a maritime lane is on the agenda, but have given no timetable. Until then, the people who move the region's grain say they will keep paying for a war that, on the water at least, has not yet ended.`,
    },

    // 3.
    {
      slug: 'lampedusa-reception-centre-stretched-as-crossings-from-libya-rise',
      title: 'Lampedusa reception centre stretched as crossings from eastern Libya rise',
      standfirst:
        'More boats are leaving from the coast around Tobruk, taking a longer and riskier route. Aid groups say the island is again being asked to absorb a European problem.',
      section: 'world',
      author: 'editor',
      tags: ['Migration', 'European Union', 'Mediterranean'],
      daysAgo: 6,
      hour: 11,
      kind: 'News',
      hero: {
        motif: 'globe',
        alt: 'Illustration of the central Mediterranean as seen on a globe, with dotted lines tracing sea routes from the Libyan coast north towards a small island south of Sicily.',
        caption: 'The route from eastern Libya to Lampedusa is roughly twice as long as crossings from Tunisia.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The reception centre on the Italian island of Lampedusa was holding more than 1,400 people on Thursday, nearly three times its official capacity, after a weekend in which more than 40 boats arrived from the Libyan coast, according to aid workers on the island.

Most of the vessels set out not from western Libya, the traditional departure point, but from beaches near Tobruk in the east of the country, close to the Egyptian border. The crossing from there to Lampedusa is about 300 nautical miles, roughly twice the distance from Sfax in Tunisia, and can take three days in overcrowded fishing boats.

## A longer, more dangerous route

Aid groups say the shift reflects tighter patrols along the Tunisian coast and a growing number of Egyptian, Bangladeshi and Sudanese passengers who first reach eastern Libya overland. Giulia Marchetti, who coordinates a medical team working at the island's harbour, said the people arriving were in noticeably worse condition.

> We are seeing more dehydration, more chemical burns from fuel mixing with seawater, more children who have been at sea for three nights. These are the injuries of a long route. People are not choosing it because it is safe.

The [UN refugee agency](https://www.unhcr.org) has recorded a rise in deaths and disappearances on the central Mediterranean route over the past year, though it cautions that many shipwrecks far from shore are never confirmed. Search-and-rescue charities operating in the area say they have been assigned distant ports in northern and central Italy after rescues, which keeps their ships away from the area for days at a time.

## Transfers and pressure on Rome

The centre, run by the Italian Red Cross since 2023, is designed as a short-stay facility where new arrivals are identified, given medical checks and then moved to Sicily or the mainland, usually within 48 hours. Officials on the island said ferry and coastguard transfers had been slowed by bad weather earlier in the week, creating the backlog.

The mayor's office said it had asked the interior ministry in Rome for two additional ferry rotations a day. An interior ministry spokesperson said transfers had been "accelerated" and that the number of people on the island would fall sharply by the weekend.

Residents, many of whom depend on tourism and fishing, have grown used to the cycle. Salvatore Brignone, who runs a café near the old port, said the islanders' patience was not the issue.

"People here will always help someone who comes out of the sea," he said. "What makes us angry is that every summer someone in Rome or Brussels discovers Lampedusa again, and then forgets it in the autumn."

## A test for the EU pact

The arrivals come as European Union member states prepare to apply the bloc's Pact on Migration and Asylum, which introduces faster border procedures and a system under which governments either accept relocated asylum seekers or pay into a common fund. Italy has argued that the rules still place too much responsibility on the countries where people first land.

Diplomats in Brussels say the eastern Libyan route is a particular headache because the authorities in Benghazi are not recognised as Libya's government, complicating the kind of cooperation deals the EU has struck with Tunisia and Egypt. A European Commission official said talks with "all relevant Libyan actors" were continuing but declined to give details.

For now, the Italian coastguard says it expects the number of departures to remain high while the sea stays calm.`,
    },

    // 4.
    {
      slug: 'red-sea-detours-cost-egypt-its-canal-income',
      title: 'Red Sea detours cost Egypt its canal income and redraw the region\u2019s shipping map',
      standfirst:
        'Two years after attacks on merchant ships began, many container lines still sail around Africa. In Port Said, the bill is measured in empty berths and lost jobs.',
      section: 'world',
      author: 'editor',
      tags: ['Middle East', 'Trade', 'Energy'],
      daysAgo: 10,
      hour: 9,
      kind: 'Feature',
      hero: {
        motif: 'chart',
        alt: 'Illustration of a falling bar chart superimposed on a narrow canal, with a single container ship passing between empty quays.',
        caption: 'Suez Canal revenue fell by more than half after shipping lines began avoiding the Red Sea.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `At the pilots' station in Port Said, Ahmed Fathy keeps a whiteboard of the day's northbound convoy. Three years ago it would be full by mid-morning, the names of container giants and tankers crowding into the margins. On Wednesday it listed 31 ships, a handful of them the large box carriers that once made up the canal's most valuable traffic.

"We used to joke that we needed a bigger board," said Mr Fathy, who has guided ships through the canal for 22 years. "Now we joke that we could write the names in bigger letters."

## A revenue collapse

The reason lies about 1,900 kilometres to the south. Since late 2023, attacks by Yemen's Houthi movement on merchant ships in the Red Sea and the Bab el-Mandeb strait have pushed many of the world's largest container lines to divert around the Cape of Good Hope, adding 10 to 14 days to voyages between Asia and Europe.

For Egypt, the consequences have been severe. The Suez Canal Authority's revenue fell from a record of just over $10bn in 2023 to around $4bn the following year, according to official figures, and has recovered only modestly since. The canal had been one of the country's most reliable sources of hard currency, alongside tourism, remittances and gas exports.

Mona Saleh, an economist who studies Egypt's external accounts at a Cairo research institute, said the loss came at the worst possible moment.

> Egypt was already short of dollars and deep into an IMF programme. Losing several billion dollars a year of canal receipts means more borrowing, more pressure on the pound, and less room to protect poorer households from price rises. The canal was supposed to be the part of the economy nobody had to worry about.

## Who is still coming

Not all traffic has vanished. Bulk carriers, smaller tankers and vessels with links to countries the Houthis say they do not target have continued to transit, and the canal authority has offered discounts of up to 15 per cent for large container ships willing to return. Some lines have tested the route with individual sailings, but most have said they will not resume regular Red Sea services until naval escorts and a durable ceasefire make the passage predictable.

Energy flows have shifted too. Tankers carrying Gulf crude and liquefied natural gas to Europe now more often travel around Africa, while the Sumed pipeline, which carries oil from the Gulf of Suez to the Mediterranean coast, has picked up some volume that would once have sailed through the canal.

## The view from the quays

In Port Said, the effects are felt well beyond the canal authority's balance sheet. Ship chandlers who supply food and spare parts to passing vessels, mooring crews, and the small workshops that repair winches and pumps all depend on volume.

Yasser Abdelrahman, who runs a ship supply business near the East Port Said container terminal, has reduced his workforce from 40 to 17.

- His warehouse now opens four days a week instead of seven.
- Two of his delivery launches have been laid up since last year.
- He has started supplying hotels in Ismailia to keep the remaining staff employed.

"Everyone here is waiting for news from Yemen," he said. "We are not part of that war, but we are paying for it every day."

Shipping analysts say even a lasting calm would bring traffic back only gradually, because carriers have rebuilt their schedules and contracts around the longer route. For the pilots in Port Said, the whiteboard may stay half empty for some time yet.`,
    },

    // 5.
    {
      slug: 'what-the-loss-and-damage-fund-can-and-cannot-pay-for',
      title: 'Explainer: what the UN\u2019s loss and damage fund can, and cannot, pay for',
      standfirst:
        'Rich countries agreed to help vulnerable nations recover from climate disasters. The money now flowing is real, but it is a fraction of what those countries say they need.',
      section: 'world',
      author: 'admin',
      tags: ['Climate policy', 'United Nations', 'Diplomacy'],
      daysAgo: 15,
      hour: 16,
      featured: true,
      kind: 'Explainer',
      hero: {
        motif: 'leaf',
        alt: 'Illustration of a single green leaf resting on cracked dry earth, with a thin line of seawater creeping in from one edge.',
        caption: 'The fund is meant to help countries recover from damage that adaptation can no longer prevent.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `When governments agreed at the Cop27 climate summit in Sharm el-Sheikh in 2022 to create a fund for "loss and damage", delegates from small island states wept in the plenary hall. It was the first time rich countries had accepted, in principle, a financial responsibility to help poorer ones cope with climate harm that can no longer be avoided.

Three years on, the fund has a board, a secretariat and its first money to spend. Here is what it does and where the arguments lie.

## What is "loss and damage"?

Climate finance has traditionally been split into two pots. Mitigation pays to cut emissions, for example by building solar farms. Adaptation pays to prepare for a hotter world, such as sea walls or drought-resistant crops. Loss and damage covers what is left over: the homes destroyed by a cyclone, the farmland permanently ruined by salt water, the cultural sites lost to rising seas.

The [UN climate secretariat](https://unfccc.int) describes it as the harm that occurs "beyond the limits of adaptation". Vulnerable countries argue that because they contributed least to emissions, they should not have to borrow to recover.

## How much money is there?

Less than many hoped. Pledges from governments reached roughly $770m within the first two years, and only part of that has actually been paid in. By comparison, a single major storm can cause damage worth several times that amount: a cyclone season in the Pacific or a flood in South Asia routinely costs billions.

The fund's board, which meets in Manila, where the Philippines hosts the secretariat, approved an initial phase of $250m for grants, with the World Bank acting as interim trustee. Individual countries can expect awards in the tens of millions of dollars at most.

Losana Vakaloloma, who advises several Pacific island governments on climate finance, said the scale was the central problem.

> Nobody in the Pacific thinks this fund is a failure. It exists, and that was a fight. But when a single cyclone can wipe out a third of a country's GDP, a grant of twenty million dollars is a gesture, not a recovery plan.

Under the rules agreed so far, the fund will prioritise:

- rapid cash support after disasters, often channelled through existing national social protection schemes;
- rebuilding essential public infrastructure such as clinics, schools and water systems;
- slow-onset losses, including relocation of communities from eroding coastlines;
- support for countries to assess and record losses, which many lack the data to do.

It will not pay for projects that are primarily about cutting emissions, and it is not an insurance scheme: there is no automatic payout when a disaster strikes.

## The sticking points

Three disputes are likely to dominate the next board meetings. First, who should contribute. Developed countries want large emerging economies such as China and the Gulf states to pay in; those countries say the obligation lies with historic emitters. Second, access: small states complain that application procedures designed for big development banks are too demanding for governments with a handful of civil servants. Third, the relationship with other funds, since donors are reluctant to count the same money twice.

Negotiators from island states say they will push at the next climate summit for a regular replenishment schedule, similar to those used by the Green Climate Fund, so the fund does not depend on one-off announcements. Whether donor governments facing their own budget pressures will agree is another matter.`,
    },

    // 6.
    {
      slug: 'the-map-is-being-redrawn-by-pipelines',
      title: '\u201cThe map is being redrawn by pipelines\u201d: a Caucasus analyst on the peace track',
      standfirst:
        'As Armenia and Azerbaijan edge towards normal relations, Tbilisi-based analyst Nino Beridze explains why trade routes, not treaties, may decide what the South Caucasus looks like.',
      section: 'world',
      author: 'amara',
      tags: ['Diplomacy', 'Caucasus', 'Energy', 'Trade'],
      daysAgo: 27,
      hour: 10,
      kind: 'Interview',
      commentsOpen: false,
      hero: {
        motif: 'field',
        alt: 'Illustration of a railway line and a pipeline running side by side across a wide green valley towards snow-capped mountains.',
        caption: 'Transport corridors across the South Caucasus are drawing new interest from Europe and Central Asia.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `For three decades the South Caucasus was defined by closed borders. Armenia's frontiers with Turkey and Azerbaijan were shut; railways built in Soviet times rusted in the sidings. Now, with Yerevan and Baku negotiating a peace agreement and talking openly about reopening transport links, the region is being courted as a shortcut between China, Central Asia and Europe.

Nino Beridze directs a small transport and energy research group in Tbilisi and has advised European institutions on the so-called Middle Corridor. She spoke to NewsHub in her office overlooking the Mtkvari river. The interview has been edited for length and clarity.

## "Geography is finally being allowed to work"

**Why is everyone suddenly talking about the Caucasus as a trade route?**

Because the alternatives got harder. Since 2022, shippers moving goods between China and Europe have tried to avoid Russia, and the sea route through the Red Sea has become unreliable. If you look at a map, the obvious overland option runs across Kazakhstan, over the Caspian Sea, through Azerbaijan and Georgia, and then to Turkey or the Black Sea. For years that route was too slow and too fragmented. Now people are willing to invest in fixing it.

**How much traffic are we talking about?**

Still small compared with the sea. Cargo on the trans-Caspian route has roughly tripled since 2021, but from a low base, and a container can still spend days waiting for a ferry at the port of Alat near Baku. The bottlenecks are ports, rolling stock and customs, not politics alone.

> People imagine a corridor is a line on a map. In reality it is a hundred small agreements: on wagon gauges, on customs forms, on who pays for the ferry that waits half empty. Each one of those can take longer than a peace treaty.

## The peace process and the "missing link"

**Where does the Armenia-Azerbaijan process fit in?**

It is central. Azerbaijan wants a direct road and rail connection across southern Armenia to its exclave of Nakhchivan, and from there to Turkey. Armenia has said it is open to this, but insists that any route must remain under Armenian sovereignty and customs control. How that is worded, and who operates the border posts, is one of the most sensitive questions in the whole negotiation.

**Could the route become a source of conflict rather than cooperation?**

It could, if it is framed as one side's prize. The best outcome is a network: Armenian goods moving to Iran and Russia, Azerbaijani goods to Nakhchivan and Turkey, and eventually an open Armenian-Turkish border at Gyumri and Kars. The worst is a single corridor that one country sees as an occupation by another name.

## Energy and Europe

**What role does energy play?**

A big one. The Baku-Tbilisi-Ceyhan oil pipeline and the Southern Gas Corridor already tie the region to European markets. The European Union has signed up to a subsea electricity cable under the Black Sea that would carry renewable power from Azerbaijan and Georgia to Romania and Hungary. If that goes ahead, the region becomes part of Europe's power grid, not only its gas supply.

**And Georgia's own political turmoil?**

It worries investors, of course. Georgia is the only land link between the Caspian and the Black Sea that does not pass through Russia or Iran. Its relations with Brussels have become strained and protests have been frequent. Corridors need predictability. At the moment Georgia is offering geography without certainty.

**What should readers watch for over the next year?**

Three things: whether a peace treaty is actually signed and ratified, whether the first trains run across southern Armenia, and whether European money for the Black Sea cable materialises. If two of those happen, the map really will look different.`,
    },

    // 7.
    {
      slug: 'councils-warn-of-cliff-edge-as-treasury-signals-no-new-money',
      title: 'Councils warn of \u201ccliff edge\u201d as Treasury signals no new money for social care',
      standfirst:
        'Local authority leaders say a funding gap of more than \u00a36bn over three years will force cuts to libraries, bus routes and bin collections unless ministers change course.',
      section: 'politics',
      author: 'daniel',
      tags: ['Budget', 'Local government', 'Parliament'],
      daysAgo: 1,
      hour: 9,
      featured: true,
      kind: 'News',
      updatedHoursAfter: 5,
      hero: {
        motif: 'columns',
        alt: 'Illustration of the stone columns of a Victorian town hall, with a row of shuttered doors and a notice pinned to the railings.',
        caption: 'Several councils are preparing emergency spending controls ahead of next year\u2019s budgets.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Council leaders in England have warned that local services face a "cliff edge" after Treasury officials indicated there would be no additional money for adult social care in the coming spending settlement, despite rising demand from an ageing population.

The Local Government Association, which represents more than 300 councils, estimates that authorities face a combined shortfall of about £6.2bn over the next three years. It says social care for adults and children, together with temporary accommodation for homeless families, now accounts for nearly two thirds of the average upper-tier council's budget.

## "We have nothing left to trim"

Rachel Okonjo, a council leader in the north-west who chairs the association's resources board, said that authorities had already cut discretionary services to the bone.

> We have closed the libraries we could close, we have cut the bus subsidies, we have sold the buildings. What is left is social care, which we are legally bound to provide, and bin collections, which everyone notices the week they stop. There is nothing left to trim.

Since 2018, a growing number of councils have issued section 114 notices, effectively declaring that they cannot balance their books, and others have been given permission to sell assets or raise council tax above the usual cap. Birmingham, Nottingham and Woking are among those that have required government intervention in recent years.

Finance directors told NewsHub that several more authorities were preparing for emergency spending controls, which halt all non-essential expenditure, before their budgets are set in the spring.

## The Treasury's position

Treasury officials have told councils that any extra funding would have to come from within the existing departmental envelope, according to two people familiar with the discussions. A government spokesperson said ministers had already provided "a real-terms increase in core spending power" and were reforming the funding formula so that money went to the areas with the greatest need.

> We are fixing the foundations of local government after years of sticking-plaster settlements. That means multi-year funding, fewer ring-fenced pots and a fairer distribution of resources.

The Institute for Fiscal Studies has noted that increases in core spending power rely heavily on councils raising council tax by the maximum permitted, shifting more of the burden to local residents.

## Pressure from the backbenches

The warnings have found a receptive audience among government MPs in marginal seats, many of whom face local elections in their constituencies next year. Owen Prothero, a backbencher who sits on the Commons housing, communities and local government committee, said colleagues were hearing the same message at constituency surgeries.

"People don't distinguish between the council and the government when their bus route disappears," he said. "They just know it's gone."

Council leaders are asking for three measures in the upcoming settlement:

- a one-off emergency grant for authorities with the highest social care costs;
- permission to keep a larger share of business rates growth;
- an end to short-term, competitively bid funding pots that they say waste staff time.

Ministers are expected to publish the provisional settlement before the Christmas recess, with MPs voting on the final figures early next year.

*This article was updated to include a response from the government.*`,
    },

    // 8.
    {
      slug: 'falling-postal-vote-sign-ups-leave-parties-fretting-over-turnout',
      title: 'Falling postal vote sign-ups leave parties fretting over turnout in mayoral races',
      standfirst:
        'Campaign strategists say the new rules on postal vote renewals and voter ID could quietly reshape close contests. The evidence so far is patchy, but the nerves are real.',
      section: 'politics',
      author: 'daniel',
      tags: ['Elections', 'Local government'],
      daysAgo: 8,
      hour: 18,
      kind: 'Analysis',
      hero: {
        motif: 'chart',
        alt: 'Illustration of a line chart sloping downwards beside a stack of envelopes and a ballot box with a slot in its lid.',
        caption: 'Postal voters must now reapply every three years, a change some campaigners fear will cut turnout.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `In a campaign office above a dry cleaner's in Stockport on Monday evening, a dozen volunteers were working through a list of voters whose postal ballots are about to lapse. Their script was short: did you know you need to reapply? The answers, one organiser said, were mostly surprise.

Changes introduced by the Elections Act 2022 mean postal voters in England must now renew their applications every three years, rather than every five, and must reconfirm their identity online or on paper. Together with the photo ID requirement for voting in person, the rules are forcing parties to rethink how they get supporters to the polls in next year's mayoral and council elections.

## What the numbers show

The picture is incomplete. Electoral registration officers do not publish national figures on lapsed postal votes in real time, and the first large cohort affected by the new renewal rules is only now reaching its deadline. But data from a sample of councils, compiled by party campaign teams and shared with NewsHub, suggests that between 15 and 25 per cent of postal voters whose entitlement expires have not yet reapplied.

That matters because postal voters turn out at much higher rates than people who vote in person, often above 60 per cent in local elections compared with around 30 per cent overall. In a mayoral race decided by a few thousand votes, a drop in postal returns could be decisive.

Aisha Malik, a political scientist at the University of Manchester who studies turnout, cautioned against reading too much into early figures.

> There is always a rush of applications close to the deadline, and parties are very good at chasing their own voters. The real risk is for people nobody is chasing: older voters who moved house, people in care homes, renters who never hear from a canvasser. Those are the votes that disappear quietly.

## The voter ID effect

The [Electoral Commission](https://www.electoralcommission.org.uk) found after the 2023 local elections that a small but measurable share of would-be voters were turned away at polling stations for lacking acceptable ID, and that some people who stayed home cited the requirement as a reason. It has since recommended widening the list of accepted documents and making it easier to obtain the free Voter Authority Certificate.

Campaign strategists from three parties told NewsHub they now treat postal vote renewal as a year-round job rather than a pre-election push. One regional organiser described the change bluntly: "It used to be that once someone had a postal vote, you banked them. Now you have to win them twice."

## Who gains, who loses?

Conventional wisdom holds that older voters, who use postal votes most, lean towards the Conservatives, and that any barrier to postal voting hurts that party most. The evidence is more mixed. Labour and the Liberal Democrats have invested heavily in postal vote operations in suburban seats, and Reform UK has been building its own lists in areas where it hopes to win mayoralties.

Strategists agree on one point: the parties with the most volunteers to knock on doors and fill in forms are best placed to limit the damage. That favours well-organised local machines over national momentum.

For Dr Malik, the larger concern is trust. "If a pensioner who has voted by post for twenty years finds she is off the list without realising it, she doesn't blame the rules," she said. "She blames the system. And that is much harder to fix."`,
    },

    // 9.
    {
      slug: 'mps-warn-planning-reforms-will-miss-housing-target',
      title: 'MPs warn planning reforms will miss housing target without thousands more planners',
      standfirst:
        'A Commons committee says shortages of planning officers and building control inspectors threaten the government\u2019s pledge of 1.5 million new homes in England.',
      section: 'politics',
      author: 'editor',
      tags: ['Parliament', 'Housing', 'Local government', 'Budget'],
      daysAgo: 13,
      hour: 13,
      kind: 'News',
      hero: {
        motif: 'skyline',
        alt: 'Illustration of a city skyline with half-built residential towers, idle tower cranes and rows of terraced houses in the foreground.',
        caption: 'Housebuilders say delays in planning decisions and inspections are holding up sites across England.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The government's target of building 1.5 million homes in England over this parliament is unlikely to be met unless councils are funded to hire thousands more planning officers and building inspectors, a cross-party committee of MPs said on Wednesday.

In a report published after a six-month inquiry, the Commons housing, communities and local government committee said reforms designed to speed up planning decisions risked being "a faster car on a road with no lanes" because the local authority staff needed to process applications had been cut sharply over the past decade.

## A workforce stretched thin

The committee heard evidence that spending on planning by English councils fell by more than 40 per cent in real terms between 2010 and the early 2020s, and that many authorities now rely on agency staff who cost up to twice as much as permanent employees. Several councils told MPs that they had a single ecologist, or none, to assess the environmental impact of large sites.

The report recommends:

- a ring-fenced grant to recruit and train at least 3,000 additional planning officers over four years;
- allowing councils to set planning fees locally so they reflect the real cost of processing applications;
- a national apprenticeship scheme for building control inspectors, whose numbers have fallen since registration rules were tightened after the Grenfell Tower fire.

Helen Marchbank, one of the committee's members, said the government had focused on the rules rather than the people needed to apply them.

> Ministers have rewritten the planning framework, they have set targets, they have named and shamed slow councils. But you cannot legislate a planning officer into existence. Somebody has to read the application, visit the site and write the report.

## Industry and council reaction

The Home Builders Federation welcomed the report and said delays in discharging planning conditions, the detailed approvals needed after outline permission is granted, were holding up tens of thousands of homes with consent. Council representatives said they had made the same argument for years.

A spokesperson for the Ministry of Housing, Communities and Local Government said the government had already announced funding to recruit and train 300 graduate planners and was increasing planning fees for major applications.

> We are determined to get Britain building, and we are giving councils the people and the resources they need to deliver the homes this country badly needs.

Committee members said the measures announced so far were welcome but an order of magnitude too small. Professional bodies including the Royal Town Planning Institute told the inquiry that the number of planners working in the public sector had not recovered from the cuts of the 2010s, and that thousands more would be needed to handle the expected volume of applications.

## What happens next

The government has two months to respond formally to the committee's recommendations. With the spending envelope for the coming years already tight, officials privately acknowledge that a large new ring-fenced grant is unlikely, though some ministers have argued that local fee-setting could raise money without touching the Treasury's budget.

Housing charities warned that any shortfall in building would be felt most by the roughly 130,000 households in England currently living in temporary accommodation, a record number. Several of them urged ministers to ensure that at least part of the new supply is social housing for rent, rather than homes for sale.

The committee is expected to hold a follow-up session with the housing minister in the new year.`,
    },

    // 10.
    {
      slug: 'explainer-who-would-pay-if-levies-move-from-electricity-to-gas',
      title: 'Explainer: who would pay if green levies move from electricity to gas bills?',
      standfirst:
        'Moving policy costs off electricity would make heat pumps and electric cars cheaper to run. It would also raise bills for millions of households that still cook and heat with gas.',
      section: 'politics',
      author: 'admin',
      tags: ['Energy', 'Climate policy', 'Parliament'],
      daysAgo: 18,
      hour: 8,
      kind: 'Explainer',
      hero: {
        motif: 'circuit',
        alt: 'Illustration of a household energy bill split into two halves, one with an electric plug symbol and one with a gas flame, joined by circuit lines.',
        caption: 'Policy costs add a larger share to electricity bills than to gas bills.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Few subjects in energy policy are as technical, or as politically explosive, as "rebalancing". The idea is to shift some of the charges that pay for social and environmental schemes from electricity bills to gas bills, or on to general taxation. Ministers are consulting on options, and MPs on the energy security and net zero committee have been taking evidence. Here is what is being proposed, and who would win and lose.

## What are these levies?

A typical household electricity bill in Great Britain includes charges that have nothing to do with the cost of generating or delivering power. They pay for subsidies for renewable generation, support for energy efficiency in low-income homes, and the Warm Home Discount. Because these schemes were mostly attached to electricity when they were created, electricity carries a much higher share of policy costs than gas.

That matters for the transition to low-carbon heating. A heat pump is three to four times more efficient than a gas boiler, but if each unit of electricity costs roughly four times as much as a unit of gas, the running-cost advantage largely disappears. Industry groups argue this is the main reason heat pump installation in the UK lags far behind countries such as France, Sweden and Norway.

## The options on the table

Broadly, there are three approaches:

- **Move levies to gas.** This would cut electricity bills and raise gas bills, creating a direct incentive to switch. It raises no new money but changes who pays.
- **Move levies to general taxation.** The Treasury would fund the schemes from tax revenue, lowering both bills. This is the most popular option with households and the least popular with the Treasury, as it could cost several billion pounds a year.
- **A mixture.** Some charges move to taxation, some to gas, and the rest stay put, phased in over several years.

Ruth Adebayo, an energy analyst who has modelled the options for consumer groups, said the choice was ultimately about fairness as much as carbon.

> The household that gains most from rebalancing is a relatively well-off family with a heat pump and an electric car. The household that loses most is an older person in a poorly insulated house with an old gas boiler and no money to replace it. Any reform that doesn't protect that second household is going to hit a wall, politically and morally.

## Who would be affected?

More than 20 million homes in Great Britain are heated with gas. Households on prepayment meters and those in rented homes, who have little control over their heating systems, would be particularly exposed to higher gas charges. Energy regulator [Ofgem](https://www.ofgem.gov.uk) has said any change would need to be considered alongside its work on standing charges, which already fall heavily on low-consumption households.

Businesses would also be affected. Energy-intensive manufacturers already receive some exemptions from policy costs, and trade bodies have warned against any change that increases their gas bills while European competitors receive more generous support.

Rebalancing has supporters across parties, but none wants to be the one that raises gas bills in winter. Members of the committee have suggested a gradual approach, with increases on gas bills offset by targeted support for vulnerable households and a commitment not to raise the overall bill for an average home.

Any change would require legislation or amendments to licence conditions and would take at least a year to implement. The consultation closes in the new year.`,
    },

    // 11.
    {
      slug: 'istanbul-has-become-diplomacys-indispensable-address',
      title: 'Istanbul has become diplomacy\u2019s indispensable address. It should not be the only one',
      standfirst:
        'Turkey has earned its place as the go-between of choice. But a peace process that depends on one host and one city is more fragile than it looks.',
      section: 'opinion',
      author: 'editor',
      tags: ['Diplomacy', 'Turkey', 'Black Sea'],
      daysAgo: 2,
      hour: 20,
      kind: 'Opinion',
      hero: {
        motif: 'globe',
        alt: 'Illustration of a globe turned to show Europe and Asia meeting at a narrow strait, with lines radiating outwards from a single bright point.',
        caption: 'Istanbul\u2019s position between continents has long made it a natural meeting place.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `There is a well-worn joke among diplomats posted to Ankara that the most important piece of Turkish foreign policy is the timetable of Turkish Airlines. Anyone can fly to Istanbul, from almost anywhere, usually without a visa fight or a political row back home. That simple fact has turned the city into something close to the world's default venue for talking to people you are at war with.

This has been good for Turkey, and frequently good for the world. Istanbul hosted the first direct Russian-Ukrainian talks in 2022. It was the base for the joint coordination centre that inspected grain ships under the Black Sea Grain Initiative. Its diplomats have quietly arranged prisoner exchanges that larger powers could not. Now, with negotiators back at Dolmabahçe Palace, Turkey once again holds the pen.

## The case for Ankara

It is worth being clear about why Turkey succeeds where others fail. It is a member of Nato that never joined Western sanctions on Russia. It controls the straits under the Montreux Convention, which gives it real leverage over naval power in the Black Sea. Its economy depends on both Russian energy and European markets. In short, it has something to lose from the war continuing and something to gain from being the place where it ends.

A retired mediator who spent years working on Balkan and Caucasus negotiations put it to me this way last week:

> The best host is not a neutral one. Nobody is neutral. The best host is one that both sides need more than they resent. For now, Turkey fits that description better than anyone else.

## The risk of a single venue

But a process that depends on one host carries a weakness that rarely gets discussed. If Ankara's relations with either Moscow or Kyiv sour, over a drone strike in Turkish waters, a dispute over gas prices or simply a domestic political calculation, the venue itself becomes a bargaining chip. Talks that could once be paused without cost suddenly have nowhere else to go.

There is also the question of what happens after any ceasefire is signed. Monitoring a front line of roughly 1,000 kilometres, verifying the safety of shipping lanes and managing prisoner lists are not jobs for a single government, however capable. They require institutions with staff, budgets and legal mandates: the United Nations, the OSCE, the International Committee of the Red Cross. Those bodies have been sidelined in recent years, partly because of their own limits and partly because governments found bilateral deals faster.

## What Europe should do

European governments have been content to let Turkey do the hosting while they debate, at length, what security guarantees they might one day offer. That is a mistake. If Europe wants a say in how a ceasefire is kept, it should be preparing now: funding a monitoring mission, offering observers, and agreeing with Ankara on how responsibilities would be shared.

None of this is a criticism of Turkish diplomacy, which has earned its reputation. It is a recognition that peace processes are long, that hosts change their minds, and that the best venues are those that have a backup. Istanbul should remain the address everyone can reach. It should not be the only one.`,
    },

    // 12.
    {
      slug: 'migration-numbers-voters-are-asking-about-something-else',
      title: 'Politicians campaign on migration numbers. Voters are asking about something else',
      standfirst:
        'Every party now competes on who can promise the lowest figure. In the towns where the argument is supposedly being won, people want to talk about GP appointments and bus routes.',
      section: 'opinion',
      author: 'daniel',
      tags: ['Migration', 'Elections', 'Parliament'],
      daysAgo: 24,
      hour: 7,
      kind: 'Opinion',
      hero: {
        motif: 'stage',
        alt: 'Illustration of an empty campaign stage with a lectern, a row of microphones and a large blank screen behind it.',
        caption: 'Migration has become a set-piece of campaign speeches across the political spectrum.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Spend a week covering Westminster and you would think the country is consumed by a single number: net migration. Ministers brief on it, opposition leaders promise to cut it further, and every quarterly release from the Office for National Statistics is treated like an election result. Spend a week in the places that politicians claim to be speaking for and you hear something rather different.

I have spent much of the past month in constituencies that changed hands at the last general election, from the Lincolnshire coast to the former mining towns of south Yorkshire. Migration comes up, of course. It would be dishonest to pretend otherwise. But it almost always arrives attached to something else.

## The questions behind the question

In Grimsby, a retired lorry driver told me he was angry about "the numbers". When I asked what he meant, he talked for ten minutes about the three weeks he had waited for a GP appointment and the dental practice that stopped taking NHS patients. In Doncaster, a young mother complained about immigration and then, in the same breath, about a bus route to the hospital that had been cut to twice a day.

A community organiser in one of those towns, who has run residents' meetings there for fifteen years, summed it up better than any focus group I have read.

> People are not stupid. They know the nurse at the hospital is from Kerala and the care worker looking after their mum is from Zimbabwe. What they are really asking is why everything feels like it is falling apart, and whether anyone in charge is going to fix it. Migration is the answer politicians keep handing them, so it's the word they use.

## Why the numbers game fails

Campaigning on a headline figure has an obvious appeal. It is simple, measurable and easily turned into a pledge. But it sets politicians up to fail in two ways.

First, the figure moves for reasons governments only partly control: international student numbers, wars abroad, the labour needs of the care sector and the NHS. Parties that promise a specific target routinely miss it, and each miss deepens the sense that politicians do not keep their word.

Second, it distracts from the things that voters can actually feel. Cutting net migration by 100,000 does not, on its own, shorten a waiting list or bring back a bus route. In some sectors, such as social care, it could make those problems worse.

## A different conversation

None of this means migration is off-limits or that concerns about its pace are illegitimate. A country is entitled to decide who comes and how many, and to expect the asylum system to work quickly and fairly. The House of Commons has spent far too little time scrutinising the practical questions: how long asylum claims take to process, why so many people are housed in hotels at great public expense, how local services are funded when a town's population grows quickly.

Those are questions that could be answered with policy rather than slogans. They would also allow politicians to have a more honest conversation with voters about trade-offs: more homes, more doctors and more carers come with costs, and some of those costs involve people arriving from abroad.

The party that realises this first may find that the election is not being fought over the number at all. It is being fought over whether anyone believes the country can be made to work again.`,
    },
  ],

  comments: [
    // Lead story: Istanbul talks (9 comments)
    {
      key: 'wp-1',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'elena',
      minutesAfter: 25,
      body: `Useful piece, and I appreciate that it doesn't oversell what's happening. A 30-day energy moratorium is not peace, but after the last winter I'd take it.

The line about families waiting outside the palace gates with photographs stayed with me. The civilian exchange is the part that gets the least coverage and matters most to the people involved.`,
    },
    {
      key: 'wp-2',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'jonas',
      minutesAfter: 48,
      body: `I'm more sceptical. We've had "confidence-building measures" before and they collapsed the moment one side saw an advantage in breaking them. What's different this time, apart from a hotline?`,
    },
    {
      key: 'wp-3',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'amara',
      replyTo: 'wp-2',
      minutesAfter: 95,
      body: `Fair question, Jonas. The short answer from people in the room is: a written list of protected sites, and an agreed process for complaints. The previous understanding had neither, so every strike became an argument about what had actually been promised.

That doesn't guarantee anything, and I've tried to be clear in the piece that the hard issues are untouched. But it's a more concrete text than last time.`,
      recommendedBy: ['priya', 'elena', 'olu'],
    },
    {
      key: 'wp-4',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'jonas',
      replyTo: 'wp-3',
      minutesAfter: 140,
      body: `Thanks for replying. A written list is better than nothing, I'll grant that. I'd still like to know who is supposed to verify it when both sides dispute a strike.`,
    },
    {
      key: 'wp-5',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'olu',
      minutesAfter: 160,
      body: `I'd push back slightly on the framing that Turkey is an honest broker. It has its own interests in the Black Sea, in shipping, in energy. That doesn't make it a bad mediator, but the article could say more plainly what Ankara gets out of this.

Then again, maybe no mediator is disinterested. The quote from the former diplomat about Turkey being an asset "but also a ceiling" was the most honest thing I've read on this all week.`,
      featured: true,
      recommendedBy: ['priya', 'jonas', 'elena', 'claire'],
    },
    {
      key: 'wp-6',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'hiro',
      replyTo: 'wp-5',
      minutesAfter: 200,
      body: `Olu, on what Ankara gets out of it: the Montreux Convention is a big part of the answer. It gives Turkey control over which warships enter the Black Sea, which is leverage no other mediator has. The text is short and surprisingly readable: https://en.wikipedia.org/wiki/Montreux_Convention_Regarding_the_Regime_of_the_Straits`,
    },
    {
      key: 'wp-7',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'claire',
      replyTo: 'wp-3',
      minutesAfter: 210,
      body: `Jonas, I think that's exactly why the OSCE mention matters. Their monitors in Donbas weren't perfect, but they did publish daily reports that both sides had to respond to. Something like that, even small, would be better than two general staffs accusing each other on a hotline.`,
      recommendedBy: ['olu', 'hiro'],
    },
    {
      key: 'wp-8',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'marcus',
      minutesAfter: 35,
      status: 'hidden',
      body: `Peace talks won't protect your savings but CRYPTO will!! My signals group turned 500 into 12,000 in three weeks. DM me or join at https://moonsignals-vip.example.com before spots run out`,
    },
    {
      key: 'wp-9',
      article: 'istanbul-talks-inch-towards-a-ceasefire',
      user: 'priya',
      minutesAfter: 260,
      status: 'pending',
      body: `Does anyone know whether the shipping lane in the draft would cover ports further east, like Mykolaiv? Or is it only the Odesa-region ports that already operate? It seems like a big difference for farmers.`,
    },

    // Opinion: Istanbul indispensable address (3)
    {
      key: 'wp-10',
      article: 'istanbul-has-become-diplomacys-indispensable-address',
      user: 'claire',
      minutesAfter: 90,
      body: `The point about Europe debating guarantees "at length" while others do the actual hosting is painfully accurate. I'd add that European governments have cut funding to exactly the institutions you'd need for monitoring.`,
    },
    {
      key: 'wp-11',
      article: 'istanbul-has-become-diplomacys-indispensable-address',
      user: 'reader',
      minutesAfter: 320,
      body: `I'm not sure a "backup venue" is realistic. The reason Istanbul works is that both delegations accept it. You can't just designate Geneva or Vienna as a spare and expect Moscow to turn up.

Still, the argument about institutions is right. A ceasefire without monitors is a press release.`,
    },
    {
      key: 'wp-12',
      article: 'istanbul-has-become-diplomacys-indispensable-address',
      user: 'hiro',
      replyTo: 'wp-11',
      minutesAfter: 415,
      body: `I read the column as saying the backup should be institutional rather than geographic: the UN, the OSCE, the Red Cross. The talks can stay in Istanbul; the machinery for keeping a truce shouldn't depend on one capital's mood.`,
    },

    // Councils cliff edge (4)
    {
      key: 'wp-13',
      article: 'councils-warn-of-cliff-edge-as-treasury-signals-no-new-money',
      user: 'priya',
      minutesAfter: 55,
      body: `I work in adult social care commissioning for a county council and this is, if anything, understated. We are spending more every year and delivering less, because the cost of each care package keeps rising and the number of people who need one keeps rising too.

The "real-terms increase in core spending power" line assumes every council raises council tax by the maximum. Which then gets blamed on us.`,
    },
    {
      key: 'wp-14',
      article: 'councils-warn-of-cliff-edge-as-treasury-signals-no-new-money',
      user: 'marcus',
      minutesAfter: 130,
      body: `Councils also waste a fortune. Before we hand over another £6bn, how about someone looks at the consultants, the vanity regeneration projects and the commercial property gambles that sank Woking in the first place?`,
    },
    {
      key: 'wp-15',
      article: 'councils-warn-of-cliff-edge-as-treasury-signals-no-new-money',
      user: 'priya',
      replyTo: 'wp-14',
      minutesAfter: 190,
      body: `Woking is a fair example of bad decisions, Marcus, but it's not typical. Most councils in trouble didn't gamble on property; they just have more elderly residents and more families in temporary accommodation than their funding allows for.

The IFS has a good breakdown of where the money actually goes: https://ifs.org.uk`,
    },
    {
      key: 'wp-16',
      article: 'councils-warn-of-cliff-edge-as-treasury-signals-no-new-money',
      user: 'marcus',
      replyTo: 'wp-15',
      minutesAfter: 305,
      body: `Fair enough, I'll have a look. I still think there should be more scrutiny before emergency grants go out, but I take the point that it isn't all Woking.`,
    },

    // Lampedusa (3)
    {
      key: 'wp-17',
      article: 'lampedusa-reception-centre-stretched-as-crossings-from-libya-rise',
      user: 'elena',
      minutesAfter: 140,
      body: `The café owner's quote about Rome and Brussels "discovering" Lampedusa every summer is the whole story in one sentence. Thank you for including the islanders' voices rather than just the numbers.`,
    },
    {
      key: 'wp-18',
      article: 'lampedusa-reception-centre-stretched-as-crossings-from-libya-rise',
      user: 'jonas',
      minutesAfter: 400,
      body: `Genuine question: how does the new EU pact actually change anything for a place like Lampedusa? If people still arrive there first, the island still does the first reception. The solidarity mechanism seems to kick in much later in the process.`,
    },
    {
      key: 'wp-19',
      article: 'lampedusa-reception-centre-stretched-as-crossings-from-libya-rise',
      user: 'olu',
      minutesAfter: 620,
      status: 'hidden',
      body: `Typical bleeding-heart reporting. Anyone who writes this rubbish should be made to house them in their own spare room, since you lot clearly care so much.`,
    },

    // Loss and damage explainer (3)
    {
      key: 'wp-20',
      article: 'what-the-loss-and-damage-fund-can-and-cannot-pay-for',
      user: 'hiro',
      minutesAfter: 75,
      body: `Clear explainer, thank you. The distinction between adaptation and loss and damage is something I've never seen set out so simply.

One thing I'd like to see followed up: how do you record "loss" for something like a burial ground or a fishing tradition that disappears? The data point in the list suggests even that is an open question.`,
    },
    {
      key: 'wp-21',
      article: 'what-the-loss-and-damage-fund-can-and-cannot-pay-for',
      user: 'reader',
      minutesAfter: 510,
      body: `$770m pledged against damages in the billions. Honestly it's hard not to read this as a symbolic fund designed to make the summit headlines look good.`,
    },
    {
      key: 'wp-22',
      article: 'what-the-loss-and-damage-fund-can-and-cannot-pay-for',
      user: 'claire',
      replyTo: 'wp-21',
      minutesAfter: 780,
      body: `Symbolic, yes, but symbols matter in these negotiations. For decades rich countries refused to accept any liability at all. Now there's a fund with a board and rules, and the argument has moved to "how much" rather than "whether". That's how most of climate finance has grown.

Not saying it's enough. It clearly isn't.`,
    },

    // Postal votes (2)
    {
      key: 'wp-23',
      article: 'falling-postal-vote-sign-ups-leave-parties-fretting-over-turnout',
      user: 'reader',
      minutesAfter: 230,
      body: `My mum fell off the postal vote list exactly like this. She'd voted by post for years, moved to a smaller flat across town and assumed it followed her. Nobody knocked, and she only found out on polling day.

Dr Malik's point about the votes that "disappear quietly" is spot on.`,
    },
    {
      key: 'wp-24',
      article: 'falling-postal-vote-sign-ups-leave-parties-fretting-over-turnout',
      user: 'olu',
      minutesAfter: 1440,
      status: 'pending',
      body: `Is there any evidence on whether the Voter Authority Certificate is actually being used? The article mentions it but I've never met anyone who has one.`,
    },

    // Black Sea shipping (2)
    {
      key: 'wp-25',
      article: 'black-sea-shippers-wary-as-war-risk-premiums-stay-high',
      user: 'hiro',
      minutesAfter: 180,
      body: `As someone who works in marine insurance (not war risk, thankfully), the underwriter's "give us sixty days" line is very realistic. Nobody wants to be the first to cut rates and then eat a total loss a week later.`,
    },
    {
      key: 'wp-26',
      article: 'black-sea-shippers-wary-as-war-risk-premiums-stay-high',
      user: 'elena',
      minutesAfter: 950,
      status: 'deleted',
      body: `Sorry, posted this on the wrong article. Meant to comment on the Istanbul piece.`,
    },
  ],
};
