import type { SeedBundle } from './types';

/** Technology, science and culture demo content. All named people and companies are fictional. */
export const bundle: SeedBundle = {
  articles: [
    // ---------------------------------------------------------------- technology
    {
      slug: 'brussels-moves-to-put-advanced-ai-chips-under-eu-export-controls',
      title: 'Brussels moves to put advanced AI chips under EU-wide export controls',
      standfirst:
        'The European Commission wants licences for shipments of high-end accelerators to dozens of countries outside the bloc, a change suppliers warn could cost them orders within months.',
      section: 'technology',
      author: 'mei',
      tags: ['AI', 'Trade', 'Europe'],
      daysAgo: 1,
      hour: 9,
      featured: true,
      kind: 'News',
      hero: {
        motif: 'circuit',
        alt: 'Illustration of a square processor chip at the centre of a dark blue circuit board, with glowing copper traces running outwards to a ring of small gold stars.',
        caption: 'The draft rule would cover finished servers and cloud clusters as well as the chips themselves.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The European Commission on Tuesday proposed bringing the most powerful artificial-intelligence chips under the bloc's dual-use export regime, a move that would for the first time require companies in all 27 member states to obtain a licence before shipping high-end accelerators to much of the world.

The draft, published in Brussels and open for comment for six weeks, would add a new category to the EU's list of controlled goods covering processors above a set performance threshold, as well as the servers and computing clusters built around them. Exports to 41 countries, including several in the Gulf and central Asia, would need prior approval from national authorities, which would have 30 working days to decide.

Officials said the proposal was intended to replace a patchwork of national rules that had allowed the same chip to be blocked in one member state and waved through in another.

> "We had a situation where the strictest capital set the standard on paper and the most relaxed one set it in practice," said a senior Commission official who briefed reporters on condition of anonymity. "A single market needs a single rulebook, including at the border."

## Who is affected

Europe designs relatively few leading-edge AI processors, but it is home to a dense network of companies that package, test and integrate them. Because the proposal reaches into finished servers, those businesses, rather than the chip designers, are likely to carry most of the compliance burden.

Kestrel Microsystems, a server builder near Eindhoven with about 1,900 staff, said roughly a fifth of its order book last year came from customers in countries on the draft list. Its chief executive, Annelies Vroom, said the company supported common rules but feared the licensing timeline would push buyers towards suppliers elsewhere.

> "Thirty working days is a long time when a customer is choosing between us and someone who can ship next week," she said. "If the licence takes six weeks, the deal is gone in three."

An industry group representing mid-sized electronics makers estimated that between 8,000 and 11,000 export transactions a year would fall under the new category, compared with fewer than 600 licences currently issued for comparable goods across the bloc.

## Thresholds and loopholes

The draft sets its threshold using a combined measure of processing power and memory bandwidth, an approach borrowed in part from controls already introduced by the United States and Japan. Analysts said this was designed to stop manufacturers from making small tweaks to a chip to slip under a single numerical limit.

Lucas Brenner, a trade lawyer at the Brussels firm Vantal & Partners, said the harder question was cloud computing. The proposal would, in certain circumstances, treat remote access to an EU-based cluster by a customer in a listed country as an export, a provision he expected to be fiercely contested.

> "Controlling a box that leaves a port is one thing. Controlling who logs into a data centre in Frankfurt is something else entirely," Brenner said.

The text includes exemptions for academic research collaborations and for chips built into consumer products such as cars and phones, provided they cannot easily be extracted and reused.

## What happens next

The proposal must be approved by member states before it takes effect, and diplomats said at least three governments had already signalled reservations about the cloud provisions. The Commission is aiming for the rules to apply from the start of next year.

Shares in several European semiconductor equipment companies fell on Tuesday afternoon, although analysts at one Amsterdam brokerage described the likely financial impact on the largest firms as "manageable rather than material".

For smaller integrators, the calculation is less comfortable. Vroom said Kestrel would hire four additional compliance staff this quarter regardless of how negotiations end.

"Either way," she said, "we will be filling in more forms."`,
    },
    {
      slug: 'eu-court-rules-shopping-data-revealing-health-is-sensitive',
      title: 'EU court rules that shopping data revealing health is sensitive information',
      standfirst:
        'Judges in Luxembourg said a retailer’s loyalty scheme processed special-category data when it inferred customers’ medical conditions from what they bought, a decision with implications far beyond supermarkets.',
      section: 'technology',
      author: 'mei',
      tags: ['Privacy', 'Europe', 'Health'],
      daysAgo: 4,
      hour: 14,
      kind: 'News',
      updatedHoursAfter: 3,
      hero: {
        motif: 'columns',
        alt: 'Illustration of a classical court building with six pale columns, drawn over a faint pattern of supermarket receipts and barcodes.',
        caption: 'The Court of Justice said the nature of data depends on what it reveals, not how it was collected.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Europe's highest court ruled on Thursday that information a retailer infers about a customer's health from their shopping is sensitive personal data, subjecting it to the strictest protections in the bloc's privacy law.

The Court of Justice of the European Union said a loyalty programme run by Brightlane, a discount grocery chain with about 640 stores in Austria and Germany, had processed "data concerning health" when its software grouped customers into segments such as "likely diabetic" and "possible pregnancy" based on their purchases.

Under the General Data Protection Regulation, such data can be processed only in narrow circumstances, most commonly with a person's explicit consent. Brightlane had relied on the general terms customers accepted when they signed up for its card.

> "The nature of the data is determined by what it reveals, not by the form in which it was collected," the court said. "A list of purchases can be as revealing as a medical record when it is analysed for that purpose."

## How the case began

The case was brought by a customer in Graz who, after making a subject access request, discovered she had been placed in a segment labelled "digestive condition, high confidence" and had been receiving targeted offers for gluten-free products and over-the-counter medication for more than two years. She complained to the Austrian data protection authority, which referred questions to Luxembourg after Brightlane challenged its reasoning.

Brightlane argued that its segments were statistical marketing categories rather than diagnoses, and that no employee could see which individuals had been placed in them. The court rejected that distinction, finding that the purpose and effect of the processing was to single out people on the basis of a probable health condition.

In a statement, Brightlane said it had suspended the segments concerned last year and would "study the judgment carefully". The company faces a possible fine from the Austrian regulator, which will now decide the case in light of the ruling.

## Beyond the checkout

Privacy lawyers said the reasoning could apply to a wide range of businesses that use purchase histories, browsing data or location to draw conclusions about people.

Helena Marsh, a data protection specialist who advises hospitals and insurers, said companies would need to revisit any model that predicted protected characteristics, even indirectly.

> "The question is no longer, 'Did we collect health data?' It is, 'Could our system reasonably be said to be working out who is ill?' That is a much bigger net," she said.

Among the practices lawyers said were likely to come under scrutiny:

- fitness and diet apps that share inferred conditions with advertisers
- pharmacies that use purchase histories for targeted promotions
- insurers that buy third-party "lifestyle" scores
- advertising platforms that sell audiences built around health interests

Consumer groups welcomed the decision. A spokesperson for a federation of European consumer organisations said it closed "a loophole big enough to drive a data broker through".

The European Data Protection Board, which coordinates national regulators, is expected to update its guidance on profiling later this year. Its existing guidelines are published at https://www.edpb.europa.eu.

## A narrower reading

Not everyone expects sweeping change. Tobias Lindqvist, a lecturer in technology law, said the court had been careful to tie its conclusion to the specific purpose of Brightlane's segments.

"A supermarket that notices you buy a lot of oranges is not processing health data," he said. "One that labels you as probably pregnant and acts on it is. The hard cases will be in between, and there will be plenty of them."

*This article was updated to include comment from Brightlane and from consumer groups.*`,
    },
    {
      slug: 'unpaid-open-source-maintainers-running-out-of-patience',
      title: 'The unpaid maintainers holding up the internet say they are running out of patience',
      standfirst:
        'A survey of open-source volunteers finds rising burnout, growing demands from large companies and a flood of low-quality bug reports written by AI tools.',
      section: 'technology',
      author: 'mei',
      tags: ['Open Source', 'Security', 'AI'],
      daysAgo: 12,
      hour: 7,
      kind: 'Feature',
      hero: {
        motif: 'bridge',
        alt: 'Illustration of a long suspension bridge carrying a stream of tiny cars and data packets, held up by a single thin cable anchored to a small figure working at a laptop.',
        caption: 'Many widely used software libraries are looked after by one or two volunteers.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `For eleven years, Aino Lehtola has spent most of her evenings looking after a compression library that few people have heard of and almost everyone uses. It sits inside web browsers, games consoles, medical imaging software and, by her best estimate, several hundred million phones.

She is paid nothing for it.

"People assume there is a team somewhere," Lehtola said from her flat in Tampere, where she works days as a software engineer for a logistics company. "There is me, a laptop and a second volunteer in Chile who has just had a baby."

Her situation is far from unusual. A survey of 2,300 open-source maintainers published on Monday by the Commons Code Trust, a non-profit that funds software infrastructure, found that 61% received no payment for their maintenance work, and 44% had considered stepping away from a project in the past year.

## 'Demands, not contributions'

The report's most striking findings concern how the relationship between volunteers and the businesses that depend on their work has changed. More than half of respondents said they had received requests from large companies for security questionnaires, compliance paperwork or guaranteed response times, often phrased as though the maintainer were a contracted supplier.

> "I get emails from procurement departments asking me to confirm our incident response policy," said Ravi Menon, who co-maintains a widely used date-and-time library. "Our incident response policy is that I see the issue when I wake up."

The survey also found that 38% of maintainers had seen a sharp rise in bug reports that appeared to be generated by AI tools, many of them describing vulnerabilities that did not exist. Each one still has to be read, reproduced and rejected.

Lehtola said she spent most of one weekend last month working through 14 such reports, all submitted within two days by accounts that had never contributed before. None was valid.

## Where the money goes

Corporate funding for open-source software has grown in recent years, through foundations, sponsorship platforms and direct grants. But the trust found that it was heavily concentrated: the 50 best-funded projects in its sample received more than 80% of the money reported by respondents.

Projects that are small, old and deeply embedded, the kind that break quietly and catastrophically, tend to miss out. Asked what would help most, maintainers listed, in order:

- regular, unrestricted funding, even in small amounts
- paid time from employers to work on the dependencies they use
- help with security reviews and release processes
- fewer demands framed as obligations

Governments have started to take notice. Germany has paid for maintenance work through a public fund for open digital infrastructure, and the European Union's Cyber Resilience Act includes provisions meant to stop volunteer developers being treated as manufacturers. Several maintainers said the rules had reduced, but not removed, their anxiety about legal liability.

## A generational problem

Perhaps the most worrying figure in the report is the age profile. Fewer than one in ten maintainers surveyed were under 30, and many described struggling to recruit successors willing to take on unglamorous work for no reward.

> "The people who built this stuff in the 2000s are getting tired, and they are getting older," said Dolores Achebe, the trust's executive director. "If we want the next generation to step in, it has to look like a job someone can actually do."

Lehtola has started writing documentation for whoever takes over her library, though she does not yet know who that will be. She has also, for the first time, added a sponsorship button to the project's page.

In its first month, it raised 45 euros.`,
    },
    {
      slug: 'satellite-broadband-reaches-northern-kenya-but-price-out-of-reach',
      title: 'Satellite broadband reaches northern Kenya, but the price is still out of reach',
      standfirst:
        'A low-orbit internet service has switched on across Marsabit and Turkana counties. Schools and clinics are connecting; most households are not.',
      section: 'technology',
      author: 'admin',
      tags: ['Space', 'Africa', 'Telecoms'],
      daysAgo: 20,
      hour: 18,
      kind: 'Analysis',
      hero: {
        motif: 'globe',
        alt: 'Illustration of the curve of the Earth over East Africa at dusk, with a chain of small satellites tracing an arc above a flat-roofed school building and a dish on its roof.',
        caption: 'Public institutions have been first in line for the new service.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `When the connection went live at Sibiloi Hill Secondary School near the eastern shore of Lake Turkana last month, the headteacher, Joseph Ekal, sent the first email from the school in his nine years of running it. It was to the county education office, asking when the next batch of textbooks would arrive.

"Before, I would drive two hours to find a signal," he said. "Now we can download the syllabus, the past papers, even videos for the science class. The children are asking questions I cannot answer, which is a good problem."

The school is one of 212 public institutions in Marsabit and Turkana counties connected over the past six weeks by Orbitra, a satellite operator that began offering service in Kenya this year after receiving a licence from the Communications Authority of Kenya. Its network of low-Earth-orbit satellites delivers download speeds of 50 to 150 megabits per second to a terminal the size of a pizza box, in places where the nearest mobile mast may be 60 kilometres away.

## Institutions first

The rollout has been financed largely through a government programme that subsidises connectivity for schools, health centres and local administration offices. Orbitra provides terminals and service at a discounted rate, and county governments pay for installation and for solar power systems where there is no reliable grid.

Early results have been encouraging. At a health centre in North Horr, nurses said they now submitted patient data and ordered vaccine stocks online rather than by radio. Two clinics have begun trialling video consultations with specialists in Nairobi.

> "We used to lose a week waiting for a lab result to come back by road," said Grace Lokwawi, a clinical officer. "Now the result can come the same day. For a child with a fever, that matters."

## The household gap

For families, the picture is different. Orbitra's residential package costs about 6,500 Kenyan shillings a month, roughly 50 US dollars, plus a one-off terminal price of around 45,000 shillings. In counties where most households live below the national poverty line, that puts it well beyond most budgets.

Some entrepreneurs have spotted an opportunity. In Lodwar, the Turkana county capital, several shop owners have installed terminals and resell access by the hour over WiFi, charging 20 to 50 shillings. Herders passing through town use the time to send money, check livestock prices or call relatives.

Analysts say that model, rather than individual home connections, is likely to define the next few years.

> "Satellite does not solve affordability. It solves distance," said Wanjiru Kamau, a telecoms researcher in Nairobi. "Those are two different problems, and rural Kenya has both."

## Questions for regulators

The arrival of low-orbit operators has also raised difficult questions for Kenya's established mobile networks, which have spent years and considerable sums building towers in remote areas and now face a competitor that can reach the same customers without them.

Industry executives have lobbied for satellite providers to contribute to the universal service fund that finances rural coverage, as mobile operators already do. Regulators are consulting on the issue, and a decision is expected before the end of the year.

Other concerns are more practical. Terminals have been stolen from two school compounds, and solar batteries have needed replacing more often than expected in the heat. County officials said they were training local technicians to handle repairs rather than waiting for engineers from Nairobi.

For Ekal, the priority is keeping the connection running until the national exams.

"Once the students have seen what is out there," he said, "you cannot switch it off again."`,
    },

    // ---------------------------------------------------------------- science
    {
      slug: 'northern-great-barrier-reef-lost-a-third-of-its-coral-cover',
      title: 'Northern Great Barrier Reef lost a third of its coral cover in a year, survey finds',
      standfirst:
        'Divers who revisited 86 reefs after last summer’s marine heatwave recorded the steepest annual decline since monitoring began, though some sites are already showing signs of recovery.',
      section: 'science',
      author: 'rafael',
      tags: ['Oceans', 'Climate', 'Australia'],
      daysAgo: 0,
      hour: 8,
      featured: true,
      kind: 'News',
      hero: {
        motif: 'waves',
        alt: 'Illustration of a cross-section of shallow turquoise sea, with pale bleached branching corals on the left fading into a few colourful living corals and small fish on the right.',
        caption: 'Fast-growing branching and table corals were the worst affected by the heat.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Hard coral cover on the northern Great Barrier Reef fell by about a third in the twelve months to the end of winter, according to a survey published on Wednesday, the steepest annual decline recorded in the region since systematic monitoring began in the 1980s.

Teams from the Coral Sea Monitoring Collaborative, a network of university and government scientists, revisited 86 reefs between Cape York and Lizard Island after a prolonged marine heatwave last summer. They found average hard coral cover had dropped from 34% to 23%, with the worst-hit sites losing more than two-thirds of their living coral.

> "We saw reefs that were in excellent condition eighteen months ago reduced to rubble fields with a film of algae," said Dr Naomi Tjandra, who led the northern survey team. "It was a very quiet boat ride home on several days."

## What the divers found

The survey uses a standardised method in which divers swim fixed transects along each reef, photographing the seabed at regular intervals. Software and trained analysts then classify what appears in each frame.

The decline was driven mainly by bleaching, in which corals under heat stress expel the microscopic algae that live in their tissue and supply most of their energy. Corals can recover from mild bleaching if temperatures fall quickly, but prolonged heat kills them. Water temperatures in parts of the northern reef stayed more than 1.5C above the usual summer maximum for over eight weeks.

Fast-growing branching and table corals, the species that drove a strong recovery in previous years, were the worst affected. Slower-growing massive corals, which can live for centuries, fared better, but several colonies estimated to be more than 300 years old were found dead.

Key findings from the northern sector include:

- average hard coral cover down from 34% to 23%
- 19 of the 86 reefs lost more than half their coral
- 7 reefs recorded no significant change
- juvenile coral counts fell by roughly 40% at surveyed sites

## Reasons for caution, and for hope

The scientists stressed that the Great Barrier Reef is vast, made up of about 3,000 individual reefs, and that early observations from the central and southern sectors suggest smaller losses. Full results from those regions will be published later this year.

They also noted that coral cover had reached record highs in the north only a few years ago, showing the system's capacity to rebound when given time between disturbances. The problem, they said, is that the gaps are shrinking.

> "Recovery takes a decade in good conditions. Mass bleaching events are now arriving every two or three years," said Professor Alan Whitford, a reef ecologist who was not involved in the survey. "You cannot keep withdrawing from an account faster than you pay into it."

At a handful of sites around Lizard Island, divers recorded new coral recruits settling on dead skeletons, a sign that larvae are still arriving from healthier reefs elsewhere.

## Pressure on policy

The findings come as Australia finalises its position ahead of international climate talks later this year. Conservation groups said the survey showed the need for faster cuts in greenhouse gas emissions, the main driver of ocean warming, rather than relying on local measures such as culling crown-of-thorns starfish or improving water quality.

A spokesperson for the federal environment department said the government was "deeply concerned" by the results and pointed to existing funding for reef resilience programmes. The Australian Institute of Marine Science, which runs long-term monitoring on the reef, publishes its own annual condition reports at https://www.aims.gov.au.

Tjandra said her team would return to the same reefs early next year.

"The next survey will tell us whether this was a bad year," she said, "or the start of a new normal."`,
    },
    {
      slug: 'new-antibiotic-clears-drug-resistant-infections-in-early-trial',
      title: 'New antibiotic clears drug-resistant infections in early trial, raising cautious hopes',
      standfirst:
        'A compound derived from a soil bacterium cured four in five patients with carbapenem-resistant infections in a small study. Researchers say larger trials are needed before anyone talks about a breakthrough.',
      section: 'science',
      author: 'rafael',
      tags: ['Health', 'Medicine', 'Europe'],
      daysAgo: 6,
      hour: 11,
      kind: 'News',
      hero: {
        motif: 'leaf',
        alt: 'Illustration of a seedling growing from dark soil, its roots wrapped around clusters of rod-shaped bacteria drawn in pale green, beside a row of glass sample vials.',
        caption: 'The molecule was first found by screening soil samples for antimicrobial compounds.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `An experimental antibiotic derived from a bacterium found in Portuguese farm soil cleared infections in 81% of patients with some of the hardest-to-treat hospital bugs, according to results from a phase 2 trial presented on Monday.

The drug, velmicin, developed by Norrland Therapeutics, a biotech company based in Umeå, Sweden, targets carbapenem-resistant Enterobacterales, a group of bacteria that have become resistant to most existing antibiotics, including the carbapenems often described as a last line of defence.

The trial enrolled 112 adults with complicated urinary tract or abdominal infections at 23 hospitals in Spain, Italy and Greece, countries with some of the highest rates of carbapenem resistance in Europe. Of the 74 patients who received velmicin, 60 were judged clinically cured after 28 days, compared with 24 of 38 patients, or 63%, who received the best available existing treatment.

> "These are patients who, a few years ago, we would have had very few good options for," said Dr Elisa Marchetti, an infectious disease specialist in Bologna and one of the trial's principal investigators. "The numbers are small, but the signal is real."

## A new way in

What has excited researchers is not only the cure rate but the mechanism. Velmicin binds to a protein that Gram-negative bacteria use to assemble their outer membrane, a target no approved antibiotic currently exploits. Because the target is new, existing resistance mechanisms do not appear to blunt it.

The molecule was identified six years ago by researchers screening soil samples for bacteria that produce antimicrobial compounds, a technique that yielded most of the antibiotics discovered in the mid-twentieth century before falling out of favour.

Kidney damage, a common problem with older last-resort antibiotics such as colistin, was less frequent in the velmicin group: 5% of patients compared with 13% on comparator treatments. Nausea was the most common side effect.

## The harder problem

Independent experts welcomed the results but cautioned that phase 2 trials are designed to test safety and find the right dose, not to prove that a drug works. Larger phase 3 studies involving several hundred patients will be needed before regulators consider approval, a process likely to take at least three years.

Researchers estimate that drug-resistant bacterial infections directly cause more than a million deaths a year, and the World Health Organization has warned repeatedly that the pipeline of new antibiotics is thin. Its list of priority pathogens is available at https://www.who.int.

> "The science is the easier part. The economics are what kill new antibiotics," said Professor Martin Oduya, who studies drug development policy. "A good new antibiotic should be used as little as possible, to protect it. That is a terrible business model."

Several small companies that brought antibiotics to market in the past decade have since gone bankrupt, because doctors rightly reserve new drugs for the sickest patients and sales stay low. Some governments, including the United Kingdom's, have begun paying for antibiotics through subscription-style contracts that reward availability rather than volume.

## What comes next

Norrland said it had enough money to begin a phase 3 trial but would seek a partner for later stages. Its chief executive, Karin Sjöberg, said the company was in talks with public funders in Europe and North America. Its stated plans are:

- to begin phase 3 recruitment in the first half of next year
- to apply for accelerated review in the EU and the United States
- to submit the full phase 2 results to a peer-reviewed journal

Patient groups urged against overselling the findings. "We have seen promising antibiotics before," said a representative of a European network of sepsis survivors. "What patients need is a drug on the hospital shelf, not a headline."`,
    },
    {
      slug: 'heatwave-deaths-in-southern-europe-undercounted-by-half-study',
      title: 'Heatwave deaths in southern Europe were undercounted by half, study finds',
      standfirst:
        'Researchers comparing death records with temperature data in 14 cities say official tallies missed thousands of deaths, most of them among older people at home.',
      section: 'science',
      author: 'rafael',
      tags: ['Climate', 'Health', 'Europe'],
      daysAgo: 1,
      hour: 16,
      kind: 'Analysis',
      updatedHoursAfter: 5,
      hero: {
        motif: 'chart',
        alt: 'Illustration of a line chart in orange and red rising sharply over three weeks, set against the silhouette of terraced apartment blocks with closed shutters.',
        caption: 'Deaths rose sharply after the third consecutive night above 25C.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Official counts of deaths linked to last summer's heatwave in southern Europe missed roughly half of those who died, according to a study published on Thursday that compared mortality records with temperature data across 14 cities.

The researchers, from universities in Lisbon, Barcelona and Athens, estimated that 9,400 more people died than would normally be expected during the three-week heatwave in July, compared with about 4,600 deaths attributed to heat in national reports at the time.

> "Heat does not usually appear on a death certificate," said Dr Sofia Amaral, an epidemiologist at the University of Lisbon who led the study. "People die of heart attacks, strokes, kidney failure. The heat is the trigger, and it is invisible in the paperwork."

## How the estimate was made

The study used a method known as excess mortality, comparing the number of deaths recorded each day with the number expected for the same period based on previous years, after adjusting for population change. The team then modelled how much of the excess could be explained by temperature rather than other factors, such as air pollution or seasonal illness.

The cities included Seville, Madrid, Lisbon, Marseille, Rome, Naples, Athens and Thessaloniki. The greatest excess relative to population was recorded in inland cities where night-time temperatures stayed above 25C for several days in a row, preventing bodies from recovering after daytime peaks.

Among the study's findings:

- around 72% of the excess deaths were among people aged 75 or older
- women accounted for 58% of excess deaths, consistent with earlier heatwaves
- deaths rose sharply after the third consecutive "tropical night"
- most excess deaths occurred at home rather than in hospital

## Why the undercount matters

The authors argue that underestimating heat deaths leads governments to underinvest in prevention. Unlike floods or storms, heatwaves leave little visible damage, and their victims often die alone.

Many countries introduced heat action plans after the 2003 European heatwave, which is estimated to have killed more than 70,000 people. The plans typically include public warnings, cooling centres and checks on vulnerable people. But the study found wide variation in how quickly they were activated.

> "In some cities, the alert went out before the first hot night. In others it came four days in," Amaral said. "Those four days are where people die."

Not everyone accepts the study's scale. Jaume Ferrer, a public health statistician in Valencia who was not involved, said excess mortality models were sensitive to the choice of baseline years, and that some deaths during a heatwave would have occurred weeks later anyway, a phenomenon known as "harvesting".

"The direction is right, and the message about night-time heat is important," he said. "I would be careful with the precise number."

The authors said they had tested for this by examining the six weeks after the heatwave and found only a small dip in deaths, suggesting most of the lives lost were not simply brought forward.

## A warming baseline

Climate scientists have found that heatwaves of the intensity seen last July have become several times more likely because of global warming, and that they will grow more frequent as temperatures continue to rise.

Amaral said the most effective interventions were often cheap: phone calls to older people living alone, shading on south-facing windows, and opening air-conditioned public buildings at night.

"We know who is at risk and we know when the heat is coming," she said. "This is one of the few climate impacts where a good plan can save lives within a week."

*This article was updated to include comment from an independent statistician.*`,
    },
    {
      slug: 'norwegian-glacier-weather-station-keeps-watch-on-shrinking-ice-cap',
      title: 'High on a Norwegian glacier, a weather station keeps watch on a shrinking ice cap',
      standfirst:
        'An automated station on Jostedalsbreen, mainland Europe’s largest glacier, is giving scientists and hydropower operators a daily reading of how fast the ice is melting.',
      section: 'science',
      author: 'rafael',
      tags: ['Climate', 'Energy', 'Europe'],
      daysAgo: 27,
      hour: 10,
      kind: 'Feature',
      commentsOpen: false,
      hero: {
        motif: 'field',
        alt: 'Illustration of a wide white icefield under a pale sky, with a lone tripod weather mast and solar panel in the foreground and dark mountain ridges on the horizon.',
        caption: 'The station measures the energy reaching the glacier surface every ten minutes.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The weather station on the upper plateau of Jostedalsbreen does not look like much: a three-legged aluminium mast about four metres high, bolted to a platform resting on the ice, bristling with sensors and a single solar panel angled towards the south.

But for the glaciologists who maintain it, the instrument has become one of the most important windows onto a glacier that has thinned dramatically over the past half-century.

"Every ten minutes it tells us how much energy is arriving at the surface, and where it comes from," said Dr Kari Løvlien, a glaciologist at the University of Bergen who installed the station with colleagues three summers ago. "Sunlight, warm air, rain. Each one melts ice in a different way, and the mix is changing."

## Reading the ice

The station records air temperature, humidity, wind speed, incoming and reflected sunlight, and the height of the glacier surface, using a sonic sensor that pings the ice below. From these readings, scientists calculate the glacier's energy balance, a ledger of heat gained and lost that determines how much ice melts each day.

Last summer the station recorded the surface dropping by 3.2 metres between June and September, the largest seasonal loss in its short record. The team also found that rain falling on the glacier in late summer, increasingly common as autumn storms arrive warmer, accounted for a growing share of the melt.

> "People think of glaciers melting because of hot, sunny days. Increasingly, it is the warm, wet days that do the damage," Løvlien said. "Rain on snow in August is a very bad combination."

Reaching the station requires a four-hour hike and a roped crossing of crevassed ice or, when budgets allow, a helicopter. The team visits twice a year to download backup data, replace batteries and reset the mast, which tilts as the ice moves and melts beneath it.

## Water for the valleys

The data matters well beyond academia. Meltwater from Jostedalsbreen feeds rivers that drive hydropower plants in the valleys below, and Norway generates most of its electricity from hydropower.

A regional power company, Breheim Kraft, has begun using the station's live readings to refine forecasts of how much water will reach its reservoirs over the coming days.

> "In the short term, more melt means more water, which sounds like good news for us," said Ole Myklebust, its head of hydrology. "In the long term, a smaller glacier means less water in late summer, exactly when we and the farmers need it most."

Under current warming trends, glaciologists expect Norway's glaciers to lose a large share of their remaining volume by the end of the century. Several smaller outlet glaciers around Jostedalsbreen have already retreated so far that their tongues no longer reach the valley floors where tourists once photographed them.

## Keeping a record

The station is part of a wider network of glacier observations across the Alps and Scandinavia that feed into global datasets compiled by the World Glacier Monitoring Service in Zurich, whose reports are published at https://wgms.ch. Ground measurements like these are used to check and calibrate satellite observations, which cover far larger areas but in less detail.

Funding is a constant worry. The station was built with a three-year research grant that ends next spring, and the team is looking for money to keep it running. Without it, they say, the mast would be removed before the winter snow buries it.

Løvlien said the value of such records grows with time.

"A glacier's story is told over decades," she said. "If we stop measuring now, we lose the chapter where it changes the most."`,
    },

    // ---------------------------------------------------------------- culture
    {
      slug: 'debut-novel-set-on-a-night-ferry-wins-meridian-prize',
      title: 'Debut novel set on a night ferry wins the Meridian Prize for European fiction',
      standfirst:
        'Lina Varga’s ‘The Crossing’, about eleven strangers on a storm-delayed boat from Tallinn to Stockholm, beat five established writers to the 40,000-euro award.',
      section: 'culture',
      author: 'ingrid',
      tags: ['Books', 'Europe', 'Prizes'],
      daysAgo: 3,
      hour: 20,
      kind: 'News',
      hero: {
        motif: 'columns',
        alt: 'Illustration of a ferry lit up at night on a dark sea, framed between two tall library columns whose shelves are stacked with book spines.',
        caption: 'The novel follows passengers and crew over a single overnight sailing.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `A debut novel set over a single night on a ferry crossing the Baltic Sea has won the Meridian Prize for European fiction, the first time in the award's 22-year history that it has gone to a first book.

Lina Varga, a 34-year-old Hungarian-Estonian writer who works as a translator in Tartu, received the 40,000-euro prize at a ceremony in Lisbon on Saturday evening for *The Crossing*, which follows eleven passengers and crew on an overnight sailing from Tallinn to Stockholm that is held outside the harbour for hours by a storm.

The book was written in Estonian and translated into English by Varga herself, an unusual arrangement the judges singled out for praise. The prize money is normally split between author and translator, meaning Varga receives the full sum.

> "It is a book about people who are briefly in the same place and never will be again," said the chair of the judges, the critic Teodora Blanc. "It manages to be intimate and panoramic at the same time, which is very hard to do in under 300 pages."

## An unexpected winner

Varga's novel, published by a small press in Tartu, had sold fewer than 3,000 copies across all editions before it was shortlisted in the spring. Its English edition appeared from an independent London publisher with a first print run of 2,500.

The shortlist included two former winners and a novelist whose previous book became a successful television series, and booksellers had widely expected the prize to go to one of them. The other shortlisted books were:

- *Salt Year* by Pieter Maas, translated from Dutch
- *A History of Small Rooms* by Giulia Orsini, translated from Italian
- *The Pear Trees of Lublin* by Marek Zieliński, translated from Polish
- *Low Season* by Anne-Sophie Réaux, translated from French
- *The Ninth Winter* by Carmen Ibarra, translated from Spanish

Varga's London publisher said on Sunday it had ordered a reprint of 30,000 copies, and her agent said translation rights had now been sold into nine languages.

## Writing between languages

Varga grew up speaking Hungarian at home and Estonian at school, and said she began drafting the novel in both before settling on Estonian.

She said the idea came from a real delay she experienced as a student, when a ferry she was travelling on sat outside Stockholm for six hours.

> "Nobody slept. People who would never have spoken to each other ended up sharing food and telling each other things they had not told their families," she said. "I kept thinking: what happens to all of that when the doors open in the morning?"

Critics have admired the novel's structure, which moves between characters in short chapters each headed with a time, from the 17:00 departure to a 09:30 arrival. The passengers include a retired ship's engineer, a teenage chess player travelling alone and a couple on their way to sign divorce papers who end the night unsure whether they will.

## Small presses, big prizes

The win is the latest in a run of successes for small independent publishers at European literary prizes, which several judges attributed to their willingness to take risks on translated and unconventional fiction.

Publishers caution that prizes alone cannot sustain a literary culture. Translation remains expensive, and translated fiction still accounts for a small share of sales in most European markets, with English-language readers among the least likely to pick it up.

Varga said she would use part of the prize money to take a year off translating other people's work.

"I have a second book in my head," she said. "It does not take place on a boat."`,
    },
    {
      slug: 'ohrid-film-festival-crowns-quiet-drama-about-night-shift-nurses',
      title: 'Ohrid’s lakeside film festival crowns a quiet drama about night-shift nurses',
      standfirst:
        'In a year of big-budget spectacle elsewhere, the jury gave its top prize to a low-budget Serbian feature shot almost entirely in one hospital corridor.',
      section: 'culture',
      author: 'ingrid',
      tags: ['Film', 'Europe', 'Prizes'],
      daysAgo: 9,
      hour: 21,
      kind: 'Feature',
      hero: {
        motif: 'stage',
        alt: 'Illustration of an open-air cinema at night, with rows of stone steps full of silhouetted spectators facing a large glowing screen set against a dark lake and distant hills.',
        caption: 'Audiences of up to 2,000 watch films on tiered stone steps facing the water.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The Ohrid Lakeside Film Festival, which has grown in a decade from a weekend of outdoor screenings into one of the Balkans' most closely watched showcases, awarded its Golden Pelican on Saturday night to *Night Ward*, a spare, tender drama about three nurses working the overnight shift at a hospital in Niš.

Directed by Milica Stanković, a former documentary maker making her first fiction feature, the film was shot in 19 days on a budget of about 380,000 euros, a fraction of the cost of several of its rivals in the competition.

The jury president, the French cinematographer Hélène Marceau, said the panel had reached a unanimous decision within an hour.

> "It is a film about exhaustion that never feels exhausting," she said. "Every scene is about care, and about what it costs the people who give it. We all recognised our own families in it."

## A corridor and three faces

*Night Ward* unfolds across a single winter night, mostly in a long, fluorescent-lit corridor that the camera patrols like a fourth nurse. Its central performances, by Jovana Ilić, Dragana Perić and the veteran stage actor Vesna Todorović, are built from small gestures: a hand held on the way past a bed, a cigarette smoked at an open window, a phone call home that is never quite finished.

Stanković said the script drew on months of interviews with nurses across Serbia, many of whom told her they worked double shifts because colleagues had emigrated to better-paid jobs in Germany and Austria.

> "Everybody I interviewed had a colleague who had left. Some had three or four," she said at a news conference on Sunday. "The film is about the people who stayed, and the question of how long they can."

The film received a ten-minute standing ovation at its premiere in the festival's open-air cinema on the lakefront, where audiences of up to 2,000 sit on tiered stone steps facing the water.

## The other winners

The festival's other main awards went to:

- Best director: Aris Kalogeropoulos, for *Summer of the Dogs*, a Greek coming-of-age story set on Corfu
- Best performance: Edon Krasniqi, as a widowed stonemason rebuilding his family home in the Kosovan drama *Mortar*
- Audience award: *Ballad for a Tram*, a Bosnian documentary about the last drivers on one of Sarajevo's oldest tram routes

Kalogeropoulos's film, a sunlit and often very funny portrait of two brothers left in charge of a run-down beach bar, was the crowd favourite for much of the week and seemed likely to take the main prize until the final days.

## Small festival, larger ambitions

Ohrid runs on a budget of around 1.2 million euros, much of it from regional film funds and local sponsors, and it has become an important market for films from the western Balkans, which often struggle to find distributors beyond their own borders.

Organisers said sales agents had signed distribution deals for 11 films during the week, up from six last year. *Night Ward* was acquired for France and the Benelux countries shortly after its premiere.

The festival director, Bojan Trajkovski, said the aim was to remain a festival where audiences came first.

"We do not have a red carpet that goes on for a kilometre," he said. "We have a lake, a lot of chairs and people who really want to watch films. For filmmakers from this region, that is worth more."

Stanković dedicated the prize to "every nurse who is still on shift tonight". Then, according to several people nearby, she stepped to the side of the stage and phoned her mother, a retired nurse.`,
    },
    {
      slug: 'triestes-aurelia-hall-reopens-after-seven-years',
      title: 'Trieste’s Aurelia Hall reopens after seven years, and the acoustics were worth the wait',
      standfirst:
        'A 1912 concert hall that spent decades as a grain store and a car showroom has been restored at a cost of 48 million euros. On opening night, the sound was the star.',
      section: 'culture',
      author: 'ingrid',
      tags: ['Music', 'Architecture', 'Europe'],
      daysAgo: 16,
      hour: 19,
      kind: 'Feature',
      hero: {
        motif: 'stage',
        alt: 'Illustration of a rectangular concert hall seen from the upper gallery, with an orchestra on a wooden stage beneath a restored ceiling of gold and green plaster rosettes.',
        caption: 'The shoebox-shaped auditorium seats 1,150 people.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `When the first chords of Brahms's Academic Festival Overture filled the Aurelia Hall in Trieste on Friday night, several people in the stalls visibly sat up. It was, said one seasoned concertgoer afterwards, "like someone had cleaned your glasses, but for the ears".

The 1,150-seat hall, built in 1912 when Trieste was the principal port of the Austro-Hungarian empire, reopened after a seven-year restoration that cost 48 million euros and ran repeatedly over budget and behind schedule. For most of the past century, it was not a concert hall at all.

## From grain store to showroom to stage

Designed by a Viennese-trained architect in the Secession style, with a green-and-gold mosaic facade and a shoebox-shaped auditorium, the Aurelia Hall hosted concerts for barely three decades. It was requisitioned during the Second World War, used as a grain store in the 1950s and later converted into a car showroom, with a mezzanine floor inserted across the auditorium.

By the time the city bought the building in 2011, water had penetrated the roof and large sections of the ceiling plasterwork had collapsed. Campaigners spent years arguing that it was worth saving.

> "People told us it was a ruin with a nice facade. Our argument was that the shape of the room, the bones, were still there," said Mirela Kovačič, an architectural historian who led the campaign. "And the bones are what make the sound."

Restorers used archive photographs and fragments found beneath later layers of paint to reconstruct the ceiling's plaster rosettes, and 340 square metres of floor mosaic were lifted, cleaned and relaid by hand.

## Tuning a room

The most delicate part of the project was invisible. Acousticians working with the restoration architects, the Udine studio Ferrante Zorzi, spent two years modelling how sound moved through the hall, using laser scans of the original room and tests with a starter pistol and a twelve-sided loudspeaker.

Beneath the reconstructed timber stage they installed an adjustable floor, and behind the side balconies a series of hidden panels that can be opened or closed to change how long sound lingers in the room, from a dry acoustic suited to chamber music to a more resonant one for full orchestra.

> "We did not want to improve on 1912. We wanted to get back to it, and then give the musicians a few dials to play with," said the lead acoustician, Paolo Verzegnassi.

On opening night, the results were impressive. In the Brahms, and later in Mahler's Fourth Symphony with the soprano Katja Brenčič, the orchestra sounded warm and immediate, with unusual clarity in the lower strings. Quiet passages carried to the back of the upper gallery without strain.

## The question of who comes

The city hopes the hall will draw visitors as well as locals. Trieste has seen a rise in tourism in recent years, but its cultural calendar remains thin outside the summer.

The opening season includes 62 concerts, a quarter of them chamber recitals, and free Sunday morning performances for schools. Tickets for the orchestral series start at 12 euros, which the hall's director, Lorenzo Basile, said was a deliberate choice.

"A hall like this belongs to the people who paid for it," he said. "If they cannot afford to come in, we have restored a museum, not a concert hall."

Not everyone is convinced. An opposition councillor noted that running costs are projected at 3.4 million euros a year and questioned whether a city of about 200,000 people could sustain the audiences.

For the moment, the doors are open. After the final applause on Friday, dozens of people lingered in the foyer under the restored mosaics, photographing the ceiling and, in one case, singing a few bars to hear how the room answered.`,
    },
    {
      slug: 'turin-porta-palazzo-traders-weigh-heat-prices-changing-clientele',
      title: 'At Turin’s Porta Palazzo, traders weigh heat, prices and a changing clientele',
      standfirst:
        'One of Europe’s largest open-air markets has fed the city for almost two centuries. Its stallholders say the weather, the economy and the customers are all shifting at once.',
      section: 'culture',
      author: 'ingrid',
      tags: ['Food', 'Climate', 'Europe'],
      daysAgo: 23,
      hour: 6,
      kind: 'Feature',
      hero: {
        motif: 'leaf',
        alt: 'Illustration of a busy market square at dawn, with rows of green-painted stalls piled with peppers, chard and peaches beneath striped awnings and a few early shoppers carrying bags.',
        caption: 'Stallholders start setting up well before six in the morning.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `At half past five on a Tuesday morning, Porta Palazzo is already loud. Vans reverse between rows of green-painted stalls, crates of peppers and chard are stacked on trestles, and Giuseppe Ferraris is arguing cheerfully with a wholesaler about the price of peaches.

"Too small, too expensive, and late," he says, holding one up to the light. "Three years running now. The heat comes in June and the trees don't know what to do."

Ferraris, 61, has sold fruit in Piazza della Repubblica for 38 years, as his father did before him. He has watched the market change more in the past five years, he says, than in the previous thirty.

## A market built for a different city

Porta Palazzo, often described as the largest open-air market in Europe, spreads across a vast square on the northern edge of Turin's historic centre, with hundreds of stalls, a covered fish hall and a clothes market spilling into the surrounding streets. It has long been a landing point for new arrivals: southern Italians in the 1950s and 60s, then Moroccans, Romanians, Nigerians, Chinese and Peruvians.

Their influence is everywhere. Alongside Piedmontese cheeses and bundles of cardoons, stalls sell cassava, plantain, coriander by the armful and a dozen varieties of chilli.

> "When I started, nobody here had heard of okra," says Fatima Benali, who runs a herb and vegetable stall with her two sons. "Now Italian grandmothers ask me how to cook it."

## Heat, water and margins

The traders' biggest worry this year is the weather. A dry spring followed by weeks of temperatures above 35C in Piedmont cut yields of some summer vegetables and fruit, and pushed up prices at the wholesale market where most stallholders buy their stock.

Several traders said they had switched to farms with reliable irrigation, or begun buying more from southern regions and abroad, which raises their costs further. Others have simply narrowed what they sell.

The market's own conditions are part of the problem. Much of the square has little shade, and stallholders say produce wilts faster on hot afternoons, forcing them to sell leafy greens off cheaply or throw them away. The city has announced a plan to install shade canopies over part of the square, though traders complain the timetable keeps slipping.

What traders say has changed most in recent years:

- customers buying smaller quantities, more often
- more demand for cheap seasonal vegetables, less for premium fruit
- longer Saturday hours to catch people who work during the week
- card payments, which most stalls now accept

## Competition and community

Discount supermarkets have opened several stores within a short walk of the square, and delivery apps promise groceries within the hour. Yet the market remains busy, especially at weekends, when families from across the city come to shop and eat.

Anna Rossetti, an urban geographer at the Polytechnic University of Turin who has studied the market for a decade, said its survival depended on more than price.

> "People come here because it is one of the few places in the city where everyone mixes: pensioners, students, new migrants, chefs. A supermarket sells you food. Porta Palazzo sells you a neighbourhood," she said.

By noon, as the heat builds, Ferraris starts marking down his apricots. A young couple buy two kilos for the price of one, and he throws in a melon that has split at one end.

"Better they eat it than the bins," he says. "That is the first rule of the market, and the last one too."`,
    },
  ],

  comments: [
    // chips export rule
    {
      key: 'tc-1',
      article: 'brussels-moves-to-put-advanced-ai-chips-under-eu-export-controls',
      user: 'jonas',
      minutesAfter: 42,
      body: `The cloud provision is the interesting part. If logging into a Frankfurt data centre from a listed country counts as an export, who exactly is supposed to check? The cloud provider? The customer's customer?

I work in procurement at a research institute and we already spend weeks on dual-use paperwork for fairly ordinary lab equipment. I'm not against the principle, but I'd like to see an estimate of how many extra staff the national authorities will need to process all this.`,
    },
    {
      key: 'tc-2',
      article: 'brussels-moves-to-put-advanced-ai-chips-under-eu-export-controls',
      user: 'mei',
      replyTo: 'tc-1',
      minutesAfter: 95,
      body: `Good question, and one the Commission official couldn't fully answer on Tuesday. The draft puts the obligation on the provider, but only where it "knows or has grounds to suspect" that the end user is in a listed country. Lawyers I spoke to expect that wording to change before it's adopted.

On staffing: there's no figure in the draft. I've asked for one and will update the piece if I get it.`,
    },
    {
      key: 'tc-3',
      article: 'brussels-moves-to-put-advanced-ai-chips-under-eu-export-controls',
      user: 'hiro',
      replyTo: 'tc-2',
      minutesAfter: 210,
      body: `"Grounds to suspect" is doing a lot of work there. Every VPN provider on earth says hello.

Thanks for following up, though. A piece comparing this with the Japanese rules would be useful. My understanding is they're considerably narrower on remote access.`,
    },
    {
      key: 'tc-4',
      article: 'brussels-moves-to-put-advanced-ai-chips-under-eu-export-controls',
      user: 'marcus',
      minutesAfter: 330,
      status: 'hidden',
      body: `CHIP STOCKS ABOUT TO CRASH!!! I called this weeks ago. Join my free trading signals group for the next 10x play, only 50 spots left, link in my profile. DM me NOW before it's too late!!!`,
    },

    // data-protection ruling
    {
      key: 'tc-5',
      article: 'eu-court-rules-shopping-data-revealing-health-is-sensitive',
      user: 'claire',
      minutesAfter: 60,
      body: `Out of curiosity I sent a subject access request to my own supermarket last year and got back a spreadsheet that put me in a segment called "price-sensitive family, likely young children". I have a cat.

Funny, but the point stands: these inferences are often wrong and there's no way to correct them unless you ask. I hope this ruling pushes companies to tell people which segments they're in without making them file a formal request.`,
    },
    {
      key: 'tc-6',
      article: 'eu-court-rules-shopping-data-revealing-health-is-sensitive',
      user: 'olu',
      replyTo: 'tc-5',
      minutesAfter: 180,
      body: `The "often wrong" part cuts both ways, though. If the label is wrong, is it still health data? The court seems to say yes because of the purpose, which I think is right. But I can already imagine companies arguing that their models are so inaccurate they don't really reveal anything.`,
    },
    {
      key: 'tc-7',
      article: 'eu-court-rules-shopping-data-revealing-health-is-sensitive',
      user: 'elena',
      minutesAfter: 420,
      status: 'pending',
      body: `Would this also apply to period-tracking apps that share "anonymised" data with advertisers? Genuine question. The article mentions fitness and diet apps but not those specifically.`,
    },

    // open-source maintainers
    {
      key: 'tc-8',
      article: 'unpaid-open-source-maintainers-running-out-of-patience',
      user: 'priya',
      minutesAfter: 75,
      body: `As someone who maintains a small parsing library in my spare time, the line about procurement questionnaires made me laugh and then sigh. Last month I received a 40-question security form from a bank. I have no idea how they found my email address.

If your employer relies on open source and wants to do something practical, the OpenSSF has decent material on assessing and supporting your dependencies: https://openssf.org

But honestly, the most useful thing is to give your engineers a few paid hours a month to contribute upstream.`,
    },
    {
      key: 'tc-9',
      article: 'unpaid-open-source-maintainers-running-out-of-patience',
      user: 'reader',
      replyTo: 'tc-8',
      minutesAfter: 190,
      body: `Serious question from a non-developer: why not just ignore the bank's form? You're not their supplier. Does anything bad happen if you don't answer?`,
    },
    {
      key: 'tc-10',
      article: 'unpaid-open-source-maintainers-running-out-of-patience',
      user: 'priya',
      replyTo: 'tc-9',
      minutesAfter: 260,
      body: `Nothing bad happens to me directly. But often the engineer at the bank who sent it is just trying to get approval to keep using the library, and if I ignore it they may be forced to switch to something worse maintained. So I usually answer the three questions that matter and politely decline the rest.

What I'd really like is for the bank to send a donation along with the form.`,
    },
    {
      key: 'tc-11',
      article: 'unpaid-open-source-maintainers-running-out-of-patience',
      user: 'jonas',
      minutesAfter: 900,
      body: `I'm a bit sceptical of the AI bug report figure. 38% of maintainers "seeing a sharp rise" is a perception, not a measurement. I don't doubt it's happening, but I'd want to know how many reports per project we're talking about before calling it a flood.

The funding concentration point is the far more important finding, and it's buried in the middle.`,
    },

    // satellite internet
    {
      key: 'tc-12',
      article: 'satellite-broadband-reaches-northern-kenya-but-price-out-of-reach',
      user: 'olu',
      minutesAfter: 55,
      body: `I have family in Lodwar, and the pay-by-the-hour WiFi model is exactly what I saw when I visited recently: a shop with a terminal on the roof and about fifteen people sitting outside on their phones.

It works, but the shop owner effectively becomes the internet provider for the whole area, with no rules on pricing or privacy. Something for the regulator to think about alongside the universal service fund.`,
    },
    {
      key: 'tc-13',
      article: 'satellite-broadband-reaches-northern-kenya-but-price-out-of-reach',
      user: 'hiro',
      replyTo: 'tc-12',
      minutesAfter: 300,
      body: `That's roughly how mobile money agents started too, and regulation eventually caught up with them. Is anything similar being discussed for these resellers, or is it all still informal?`,
    },

    // coral reef survey
    {
      key: 'tc-14',
      article: 'northern-great-barrier-reef-lost-a-third-of-its-coral-cover',
      user: 'elena',
      minutesAfter: 35,
      body: `Thank you for including the juvenile coral figure. That's the number that worries me most, because it's what any recovery depends on.

I dived around Lizard Island eight years ago and it was the most beautiful place I have ever been. Hard to read this.`,
    },
    {
      key: 'tc-15',
      article: 'northern-great-barrier-reef-lost-a-third-of-its-coral-cover',
      user: 'rafael',
      replyTo: 'tc-14',
      minutesAfter: 80,
      body: `Thanks, Elena. You're right that recruitment is the key number. The team told me the recruits they found near Lizard Island were mostly fast-growing species, which is a small positive. The next survey will show whether they make it through the coming summer.`,
    },

    // antibiotic trial
    {
      key: 'tc-16',
      article: 'new-antibiotic-clears-drug-resistant-infections-in-early-trial',
      user: 'priya',
      minutesAfter: 120,
      body: `The economics section is the most important part of this piece. We have had promising antibiotics before that were approved and then effectively disappeared because the company went bust.

The UK subscription model deserves to be copied far more widely. Is anyone at EU level actually moving on this, or is it still at the consultation stage?`,
    },
    {
      key: 'tc-17',
      article: 'new-antibiotic-clears-drug-resistant-infections-in-early-trial',
      user: 'reader',
      minutesAfter: 200,
      status: 'hidden',
      body: `Of course the "experts" say wait another three years. Pharma shills, the lot of them, and this reporter is no better. Nobody believes a word you people print any more.`,
    },

    // heatwave study
    {
      key: 'tc-18',
      article: 'heatwave-deaths-in-southern-europe-undercounted-by-half-study',
      user: 'reader',
      minutesAfter: 50,
      body: `My grandmother lives alone in a fourth-floor flat in Seville with no air conditioning. During the July heat the only person who checked on her was a neighbour. Nobody from the city called.

The line about phone calls being one of the most effective interventions should be on the front page.`,
    },
    {
      key: 'tc-19',
      article: 'heatwave-deaths-in-southern-europe-undercounted-by-half-study',
      user: 'jonas',
      replyTo: 'tc-18',
      minutesAfter: 140,
      body: `Sorry to hear about your grandmother, and I completely agree about the calls.

But I think Ferrer's point deserves more weight than the article gives it. Excess mortality models move a lot depending on the baseline, and recent years are distorted by Covid. "Undercounted by half" is a strong headline for an estimate with that much uncertainty.`,
    },
    {
      key: 'tc-20',
      article: 'heatwave-deaths-in-southern-europe-undercounted-by-half-study',
      user: 'rafael',
      replyTo: 'tc-19',
      minutesAfter: 260,
      body: `Jonas, that's a fair concern and one I put to the authors. They excluded 2020 and 2021 from the baseline and re-ran the model with three alternative baselines; the excess ranged from about 8,100 to 10,200 deaths, so the gap with the official figure is large under any of them.

The details are in the paper's supplementary material, and I've asked the journal whether it can be made open access.`,
    },

    // literary prize
    {
      key: 'tc-21',
      article: 'debut-novel-set-on-a-night-ferry-wins-meridian-prize',
      user: 'claire',
      minutesAfter: 240,
      status: 'pending',
      body: `I read The Crossing in the spring on a friend's recommendation and it is every bit as good as the judges say. The 03:40 chapter, with the chess player and the old engineer, is one of the best things I've read in years.

I hope this means her translations of other writers get more attention too.`,
    },

    // film festival
    {
      key: 'tc-22',
      article: 'ohrid-film-festival-crowns-quiet-drama-about-night-shift-nurses',
      user: 'marcus',
      minutesAfter: 150,
      status: 'deleted',
      body: `Another festival handing prizes to miserable hospital films. Can nobody in the Balkans make a comedy any more?`,
    },
    {
      key: 'tc-23',
      article: 'ohrid-film-festival-crowns-quiet-drama-about-night-shift-nurses',
      user: 'elena',
      replyTo: 'tc-22',
      minutesAfter: 400,
      body: `Plenty of people in the Balkans make comedies, and the article even mentions one that nearly won. But a film about nurses leaving for Germany is hardly miserable for the sake of it when it describes what is happening in half the hospitals in the region. My sister is one of the ones who left.

I'll be looking out for Night Ward when it reaches cinemas here.`,
    },

    // concert hall
    {
      key: 'tc-24',
      article: 'triestes-aurelia-hall-reopens-after-seven-years',
      user: 'hiro',
      minutesAfter: 1440,
      body: `Brahms and Mahler 4 is a clever opening programme for showing off a room. The Mahler in particular needs a lot of transparency.

For anyone curious how variable acoustics like those hidden panels work, the Acoustical Society of America has some very readable introductions: https://acousticalsociety.org

I'd be interested to know whether the hall will publish its reverberation times. Most new halls do.`,
    },
    {
      key: 'tc-25',
      article: 'triestes-aurelia-hall-reopens-after-seven-years',
      user: 'ingrid',
      replyTo: 'tc-24',
      minutesAfter: 1600,
      body: `Not yet. Paolo Verzegnassi told me the figures will go up on the hall's website once the panels have been calibrated with a full audience in the room, which apparently changes things considerably. I'll share them here when they appear.`,
    },
  ],
};
