import type { SeedBundle } from './types';

/**
 * Finance, business and economics opinion batch.
 * All people, companies and quotes are fictional; institutions are referred to generically.
 */
export const bundle: SeedBundle = {
  articles: [
    // ------------------------------------------------------------------ finance
    {
      slug: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      title: 'ECB cuts rates for a third time and signals more easing as inflation cools',
      standfirst:
        'The deposit rate falls to 3% after policymakers judged that price pressures across the eurozone are fading faster than expected. Markets now price two further cuts before the summer.',
      section: 'finance',
      author: 'writer',
      tags: ['Interest rates', 'Central banks', 'Inflation', 'Bonds'],
      daysAgo: 0,
      hour: 14,
      featured: true,
      kind: 'News',
      updatedHoursAfter: 3,
      hero: {
        motif: 'columns',
        alt: 'Illustration of a classical bank facade with six tall stone columns, overlaid with a blue line that steps down three times from left to right.',
        caption: 'The ECB has now lowered borrowing costs three times since it began easing policy.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The European Central Bank cut interest rates by a quarter of a percentage point on Thursday, its third reduction in five months, and gave its clearest signal yet that borrowing costs across the eurozone will keep falling this year.

The deposit facility rate, which sets the tone for lending across the 20-country bloc, now stands at 3%, down from a peak of 4% reached during the fight against the post-pandemic surge in prices. The move was widely expected by investors, but the bank's accompanying statement dropped its long-standing description of policy as restrictive, a change analysts read as a deliberate pivot.

Euro-area inflation eased to 2.2% in the most recent flash estimate, from 2.6% a month earlier. Services inflation, the measure policymakers have watched most closely, slowed to 3.4%, its lowest level in almost two years. The bank's staff now expect headline inflation to average 2.1% this year and to settle at the 2% target early next year, a quarter sooner than in their previous projections.

## A shift in tone

Economists said the change in wording mattered more than the cut itself.

> "For a year the message was 'we are not declaring victory'. Today they came quite close to doing so," said Marta Kowalczyk, chief European economist at Arlen Capital in Frankfurt. "The debate inside the governing council is no longer whether to cut, but how quickly to get back to neutral."

Most estimates put the neutral rate, the level that neither stimulates nor restrains growth, at between 2% and 2.5%. Money markets moved on Thursday afternoon to price in two further quarter-point cuts by the end of June, up from one and a half before the announcement. The yield on two-year German government bonds, which is sensitive to rate expectations, fell 9 basis points to 2.41%.

The euro slipped 0.4% against the dollar to $1.072, while the Stoxx Europe 600 index of leading shares closed 0.8% higher, led by property developers and utilities, two heavily indebted sectors that benefit most from cheaper borrowing.

## Growth worries

The decision comes against a gloomy backdrop. Output in the euro area grew by just 0.1% in the final three months of last year, and Germany, the bloc's largest economy, has now contracted in two of the past four quarters. Business surveys point to a further slowdown in factory orders, particularly in the car and chemicals industries.

Not everyone is convinced the bank should move quickly. Wage growth remains elevated in several countries, and negotiated pay settlements in Germany and the Netherlands are still running above 4%. Some policymakers have argued that cutting too fast risks reigniting price pressures just as households begin to regain spending power.

> "Services prices are sticky because wages are sticky," said Henrik Aalto, a senior economist at the Nordic Institute for Economic Studies in Helsinki. "If the bank sprints to neutral and pay deals stay where they are, it may have to reverse course within a year. That would do far more damage to its credibility than waiting another meeting."

## What it means for borrowers

For households, the impact will be felt unevenly. In Spain, Portugal and Italy, where a large share of mortgages carry variable rates tied to the Euribor benchmark, monthly repayments should start to fall within weeks. In Germany, France and the Netherlands, where long-term fixed-rate loans dominate, the benefit will arrive more slowly and will mostly reach new borrowers and those refinancing.

Savers, meanwhile, can expect the rates on instant-access accounts to drift lower. Several large banks in Italy and Belgium trimmed their deposit rates in the days before Thursday's announcement.

The governing council's next policy meeting is in six weeks. Its full monetary policy statement and updated staff projections are published on the [European Central Bank's website](https://www.ecb.europa.eu).

*This article was updated to include closing market prices and further reaction from economists.*`,
    },
    {
      slug: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      title: 'Gilt yields hit highest level since 2008 as investors balk at UK borrowing plans',
      standfirst:
        'Thirty-year borrowing costs climbed above 5.3% as heavy debt issuance and stubborn inflation weighed on British government bonds. The sell-off threatens the Treasury’s fiscal headroom and mortgage pricing.',
      section: 'finance',
      author: 'writer',
      tags: ['Bonds', 'Markets', 'Public finances', 'Pensions'],
      daysAgo: 1,
      hour: 17,
      kind: 'News',
      hero: {
        motif: 'chart',
        alt: 'Illustrated line chart on a dark navy background, with a red line climbing steeply towards the top right corner past a dotted horizontal marker.',
        caption: 'Long-dated gilt yields have risen sharply over the past month.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Long-term UK government borrowing costs rose to their highest level in more than 16 years on Wednesday, as investors demanded a steeper price for lending to a government that plans to sell a near-record volume of debt this year.

The yield on 30-year gilts climbed as high as 5.38% in early trading in London before settling at 5.33%, up 14 basis points on the day. The benchmark 10-year yield rose to 4.86%, a level last seen in the summer of 2008. Because bond yields move inversely to prices, the sell-off has knocked billions of pounds off the value of gilts held by pension schemes, insurers and banks over the past month.

Britain was not alone. Yields on US Treasuries and German Bunds also rose as traders pared back bets on interest rate cuts and fretted about heavy government borrowing across the rich world. But gilts have fared worse than their peers: the gap between UK and German 10-year yields has widened to 2.4 percentage points, the largest since the autumn of 2022.

## Why gilts are under pressure

Fund managers and strategists pointed to three overlapping forces:

- **Supply.** The Debt Management Office intends to sell almost £300bn of gilts in the current financial year, one of the largest programmes on record.
- **Sticky inflation.** Consumer price inflation remains above the Bank of England's 2% target, limiting room for the rate cuts that would normally support bond prices.
- **Quantitative tightening.** The Bank is steadily shrinking its own portfolio of gilts, turning what was for more than a decade the market's biggest buyer into a seller.

> "The market is being asked to absorb an enormous amount of paper at exactly the moment the largest buyer has turned seller," said Rupert Eastwood, head of rates strategy at Colbeck Investment Management. "You don't need a crisis to get higher yields out of that. You just need arithmetic."

Some investors were keen to draw a distinction with the turmoil that followed the mini-budget of September 2022, when a spike in yields forced the Bank to intervene to protect pension funds running leveraged hedging strategies.

> "This is a slow grind, not a fire sale," said Fiona Marchetti, a fixed-income portfolio manager at Wexcombe Asset Management in Edinburgh. "Liquidity is fine and auctions are being covered. What has changed is that buyers want to be paid properly for the risk of lending to the UK for 30 years."

## A squeeze on the Treasury

Higher yields flow directly into the public finances. The UK spends more than £100bn a year on debt interest, and every sustained rise in gilt yields adds to that bill as maturing bonds are refinanced at higher rates. The most recent official forecasts left the government with less than £10bn of headroom against its main fiscal rule, a cushion economists say could be eroded if borrowing costs stay near current levels until the next forecast.

That leaves ministers facing an uncomfortable choice between tax rises, spending restraint or a loosening of the rules themselves, each of which carries its own risk of unsettling the market further. The Treasury said it did not comment on market movements.

## What it means for households

Gilt yields feed into swap rates, which lenders use to price fixed-rate mortgages. Brokers said on Wednesday that at least four lenders had withdrawn their cheapest five-year deals, and warned that more repricing could follow within days if yields stay elevated. The move threatens to unwind the price war that pushed average two-year fixed rates lower over the past month.

There is a silver lining for people approaching retirement. Annuity rates, which track long-term gilt yields, are close to their highest in 15 years. A healthy 65-year-old with a £100,000 pension pot can now buy a guaranteed income of around £7,400 a year, according to broker estimates, compared with about £5,000 three years ago.

The Bank of England's next interest rate decision is due in three weeks, and a further gilt auction, of £4bn of 2053 bonds, is scheduled for Tuesday.`,
    },
    {
      slug: 'fix-or-track-what-the-mortgage-price-war-means-for-borrowers',
      title: 'Fix or track? What the mortgage price war means for borrowers remortgaging this year',
      standfirst:
        'Lenders have cut rates for five weeks running as competition heats up. For the 1.6 million households whose fixed deals end this year, the choice is suddenly less painful, but no simpler.',
      section: 'finance',
      author: 'writer',
      tags: ['Housing', 'Mortgages', 'Interest rates', 'Personal finance'],
      daysAgo: 5,
      hour: 7,
      kind: 'Explainer',
      hero: {
        motif: 'skyline',
        alt: 'Illustration of a row of terraced house rooftops and chimneys against a pale sky, with a thin green line curving downwards above them.',
        caption: 'Average two-year fixed mortgage rates have fallen for five consecutive weeks.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Britain's mortgage lenders are locked in their fiercest price war in more than two years. Since the start of last month, the average two-year fixed rate has fallen from 5.12% to 4.71%, according to the mortgage data firm Lendwise, and the cheapest deals for borrowers with large deposits have slipped below 4%.

For the roughly 1.6 million households whose fixed-rate deals expire this year, many of them taken out when rates were close to record lows, the news is welcome. But it still leaves most facing a sharp rise in monthly payments, and a difficult decision about what to do next.

## Why rates are falling

Lenders price fixed-rate mortgages largely off swap rates, which reflect what financial markets expect the Bank of England's base rate to do in future. With inflation easing and traders betting that the Bank will cut at least twice this year, two- and five-year swap rates have fallen by about half a percentage point since the autumn.

At the same time, banks and building societies have lending targets to hit. Mortgage approvals slowed sharply last year, and several lenders have begun this year with money to put to work and market share to win back.

> "Lenders are chasing a smaller pool of borrowers, and the easiest way to win business is on price," said Gemma Thorley, a director at the Leeds-based broker Haverford Mortgages. "We've had weeks where the same customer's best rate changed three times before they'd even submitted an application."

## Fix, track or wait?

Borrowers coming to the end of a fixed deal broadly have three options:

- **Fix for two years.** This offers certainty for a short period and a chance to remortgage again relatively soon if rates keep falling. Arrangement fees of £999 or more can wipe out much of the saving on smaller loans.
- **Fix for five years.** Five-year rates are currently slightly lower than two-year rates, reflecting expectations of cuts. A longer fix protects against a renewed rise in inflation but locks borrowers in, with early repayment charges of up to 5% in the first year.
- **Take a tracker.** Tracker rates move in line with the base rate, typically sitting 0.5 to 1 percentage point above it. Many now come without exit penalties, allowing borrowers to switch to a fix later.

For a homeowner with a £200,000 repayment mortgage over 25 years, the difference between a 4.5% fix and a tracker currently priced at 5.6% is about £125 a month. In effect, that is the cost of betting that the base rate will fall by more than a percentage point over the life of the deal.

> "A tracker is a bet, and people should understand it as one," said Owen Prichard, an independent financial adviser in Bristol. "If you can comfortably absorb the higher payment for a year, it can make sense. If the budget is already tight, certainty is worth paying for."

## The risks ahead

Not every borrower will benefit equally. Those with small deposits, patchy credit histories or irregular income still face rates well above the headline averages, and lenders have been slower to cut prices for buyers with a 5% or 10% deposit.

The price war could also prove short-lived. Swap rates are highly sensitive to surprises in inflation and wage data, and lenders can withdraw deals with only a few hours' notice. Brokers say several products launched on Monday had already been pulled by Wednesday.

Most lenders allow borrowers to secure a new deal up to six months before their current one ends, and many will let them switch to a cheaper product before completion if rates fall in the meantime. For most people, brokers say, securing an offer early and continuing to watch the market remains the sensible approach.

Borrowers who are worried about keeping up with payments should contact their lender early: under rules agreed with the regulator, lenders can offer to switch customers to interest-only payments or extend the term of their mortgage temporarily without a fresh affordability check. Background on how the base rate is set is available from the [Bank of England](https://www.bankofengland.co.uk).`,
    },
    {
      slug: 'yen-slides-to-34-year-low-against-dollar-stoking-intervention-fears',
      title: 'Yen slides to 34-year low against the dollar, stoking fears of intervention',
      standfirst:
        'Japan’s currency weakened past 157 per dollar as the gap between US and Japanese interest rates showed no sign of closing. Traders are watching Tokyo for signs that officials will step in.',
      section: 'finance',
      author: 'editor',
      tags: ['Currencies', 'Markets', 'Central banks', 'Trade'],
      daysAgo: 11,
      hour: 7,
      kind: 'News',
      hero: {
        motif: 'globe',
        alt: 'Illustration of a globe centred on the Pacific, with Japan and the United States highlighted in gold and a curved arrow running from Tokyo towards New York.',
        caption: 'The yen has lost roughly a third of its value against the dollar in three years.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The Japanese yen fell to its weakest level against the US dollar in 34 years on Monday, extending a slide that has raised the cost of imports for Japanese households and put Tokyo's currency authorities on alert.

The dollar rose as high as 157.8 yen in Asian trading before easing to 157.3 by the time European markets opened. The yen has lost more than 10% of its value against the dollar since January and roughly a third over three years, a collapse that has made Japan one of the cheapest destinations in the developed world for tourists and one of the most expensive places to buy energy and food from abroad.

## The interest rate gap

At the heart of the move is the wide gap between borrowing costs in the two countries. The Bank of Japan ended eight years of negative interest rates earlier this year, but its short-term policy rate remains in a range of zero to 0.1%. The US Federal Reserve, by contrast, has held its benchmark rate above 5% and has signalled it is in no hurry to cut while American inflation remains above target.

That gap makes it profitable for investors to borrow cheaply in yen and park the money in higher-yielding dollar assets, a strategy known as the carry trade, which keeps persistent selling pressure on the Japanese currency.

> "As long as a US Treasury bill pays five percentage points more than its Japanese equivalent, the path of least resistance is a weaker yen," said Kenji Morimoto, chief currency strategist at Sakuragawa Securities in Tokyo. "Verbal warnings can slow the move. They cannot reverse it."

## Will Tokyo step in?

Officials at Japan's Ministry of Finance, which is responsible for currency policy, have said repeatedly in recent weeks that they are watching markets closely and are prepared to respond to excessive moves. Japan last intervened in the autumn of 2022, spending more than $60bn to buy yen after it weakened past 151 to the dollar.

Many traders regard 160 as the next line in the sand, although analysts caution that the ministry tends to focus on the speed of a decline rather than any particular level. A fall of several yen in a day or two, rather than a slow drift, has historically been the trigger.

> "Intervention buys time, but it is expensive and it works best when it coincides with a change in the fundamentals," said Claudia Renner, a foreign exchange analyst at Lindqvist Bank in Zurich. "If Tokyo acts while the Fed is still talking about higher for longer, the effect could be gone within weeks."

Japan holds more than $1.2tn in foreign exchange reserves, giving it ample firepower, but officials are also wary of selling large quantities of US Treasuries at a time when American bond markets are already volatile.

## Winners and losers

The weak currency has been a boon for Japan's big exporters. Carmakers and electronics groups translate their overseas earnings back into yen at a far more favourable rate, and the Nikkei 225 index has set a string of record highs this year. Profits at listed manufacturers rose by almost a fifth in the most recent reporting season.

For households, the picture is bleaker. Japan imports nearly 90% of its energy and a majority of its food by calorie, and the falling yen has pushed up the price of everything from petrol to wheat. Inflation-adjusted wages have fallen for much of the past two years, eroding support for the government in opinion polls.

Retailers in Osaka and Kyoto, meanwhile, report record spending by foreign visitors, with tourist arrivals now comfortably above pre-pandemic levels. Department stores in Tokyo's Ginza district say duty-free sales have more than doubled from a year ago.

The central bank's next policy meeting is later this month. Its statements and the minutes of past meetings are published on the [Bank of Japan's website](https://www.boj.or.jp).`,
    },
    {
      slug: 'meridian-bank-profit-jumps-as-savers-are-left-behind',
      title: 'Meridian Bank profit jumps 18% as savers are left behind on interest rates',
      standfirst:
        'The high street lender made a record £12.8bn from the gap between what it charges borrowers and what it pays depositors. Consumer groups say loyal customers are paying the price.',
      section: 'finance',
      author: 'writer',
      tags: ['Banking', 'Company results', 'Savings', 'Interest rates'],
      daysAgo: 17,
      hour: 8,
      kind: 'News',
      hero: {
        motif: 'circuit',
        alt: 'Illustration of green and gold circuit-board traces converging on a stylised bank card, with rising bar-chart shapes in the background.',
        caption: 'Meridian’s net interest income reached a record last year.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Meridian Banking Group, one of Britain's largest high street lenders, reported an 18% rise in annual pre-tax profit on Wednesday, lifted by higher interest rates that have widened the gap between what it earns on loans and what it pays savers.

Pre-tax profit rose to £6.4bn, ahead of analysts' average forecast of £6.1bn. Net interest income, the difference between interest received on loans and interest paid on deposits, reached a record £12.8bn, up 11% on the previous year. The bank's net interest margin, a key measure of lending profitability, widened to 3.08% from 2.94%.

Meridian also announced a £1.5bn share buyback and raised its full-year dividend by 15%, sending its shares up 4.2% in morning trading in London. The shares have gained almost 40% over the past 12 months.

## The savings gap

The results are likely to intensify scrutiny of how banks treat savers. Meridian's standard instant-access account pays 1.6%, far below the Bank of England's base rate and well short of the 4.5% to 5% offered by smaller banks and online challengers. Consumer groups estimate that more than £200bn of household savings across the industry sits in easy-access accounts paying less than 2%.

> "Every month that money sits in a poor-value account, wealth is quietly transferred from households to bank shareholders," said Rachel Imrie, director of policy at the consumer organisation Fair Money Trust. "Most people aren't lazy. They simply assume their own bank is treating them fairly."

The Financial Conduct Authority has pressed lenders to justify their savings rates under its consumer duty, which requires firms to show that their products offer fair value. Meridian said it had contacted 1.9 million customers over the past year to encourage them to move money into better-paying accounts.

> "We have raised rates on our savings products repeatedly, and our fixed-term and notice accounts are among the most competitive on the high street," said Alastair Greaves, Meridian's chief executive. "Many customers with money in easy-access accounts value flexibility and the security of banking with us, and we respect that choice."

## Have profits peaked?

Analysts cautioned that earnings may now be close to their high point. As the Bank of England begins to lower rates, the income banks earn on loans and reserves will fall, while competition for deposits is forcing them to pay more to retain customers. Meridian said it expected its net interest margin to ease to between 2.95% and 3% this year.

Impairment charges, the money set aside to cover bad loans, rose 22% to £1.1bn, reflecting more missed payments on credit cards and personal loans, although mortgage arrears remained low by historical standards.

> "This is a bank printing money at the top of the rate cycle, and the market knows it," said Tom Hardcastle, banking analyst at Redcliffe Partners. "The real test is what happens to margins when rates are two points lower and customers have learned to shop around."

The bank also confirmed plans to close a further 48 branches this year, mostly in towns where it said fewer than one in ten customers now visits a branch regularly. The union representing branch staff said the closures would cost about 350 jobs.

## What savers can do

Personal finance specialists say customers can take a few simple steps:

- Check the rate on any easy-access account, including old accounts that may have been quietly moved onto lower-paying terms.
- Compare fixed-term bonds and notice accounts, which currently pay a premium for locking money away for six months to two years.
- Keep emergency savings accessible, but consider whether all of a balance needs to be available the same day.
- Make sure deposits are held with authorised institutions. Cash is protected up to a set limit per person, per banking licence, by the [Financial Services Compensation Scheme](https://www.fscs.org.uk).`,
    },
    {
      slug: 'half-of-workers-on-course-to-fall-short-of-moderate-retirement',
      title: 'Half of workers on course to fall short of a moderate retirement, study warns',
      standfirst:
        'Automatic enrolment has brought millions into workplace pensions, but contribution rates remain too low to deliver the lifestyle most people expect, according to new research.',
      section: 'finance',
      author: 'writer',
      tags: ['Pensions', 'Savings', 'Personal finance'],
      daysAgo: 23,
      hour: 10,
      kind: 'News',
      hero: {
        motif: 'leaf',
        alt: 'Illustration of a young sapling growing from a small pile of coins, its leaves thinning towards the top of the frame.',
        caption: 'Minimum pension contributions have not changed since 2019.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Around half of working-age people in Britain are on course for a retirement income that falls short of a moderate standard of living, according to a study published on Tuesday, despite a decade of reforms that have brought more than 10 million people into workplace pensions for the first time.

The Retirement Futures Institute, an independent research group, estimates that 13.5 million people between the age of 22 and the state pension age will not have enough to afford what it defines as a moderate lifestyle: a modest car, a week's holiday abroad each year and enough left over to help family occasionally. It puts the cost at about £31,000 a year for a single person and £43,000 for a couple, including the state pension.

The shortfall is sharpest among the self-employed, part-time workers and women, who typically build up smaller pots because of career breaks and lower pay.

## The 8% problem

Under automatic enrolment, employers must place eligible staff into a workplace pension, with a minimum total contribution of 8% of qualifying earnings, at least 3% of which must come from the employer. The rules have been a striking success at getting people to save: opt-out rates have stayed below 10% even through the cost of living squeeze.

But the institute says the minimum has become widely mistaken for a target. Contributions are calculated only on earnings above a lower threshold of £6,240 a year, meaning someone earning £25,000 is in practice saving closer to 6% of their salary.

> "Auto-enrolment solved the problem of people not saving at all. It did not solve the problem of people not saving enough," said Dr Helen Oyelaran, the institute's research director. "For a typical earner, the honest number is somewhere between 12% and 15% of salary over a full working life, and most people are nowhere near it."

The report calculates that a 30-year-old on median earnings who contributes the minimum until state pension age would build a pot worth about £160,000 in today's money, enough to generate an income of perhaps £8,000 a year on top of the state pension.

## Who is most at risk

The study identifies three groups facing the largest gaps:

- **The self-employed.** More than four million people work for themselves and are not covered by automatic enrolment. Fewer than one in five is paying into a pension.
- **Women.** Women approaching retirement have private pension wealth on average around a third lower than men of the same age, largely because of time spent caring for children and relatives.
- **Lifelong renters.** The moderate standard assumes that most retirees own their home outright. Those still paying rent in their 70s need a substantially larger income to achieve the same living standard.

## Calls for reform

Legislation passed in 2023 gives the government powers to lower the minimum age for automatic enrolment from 22 to 18 and to scrap the lower earnings threshold, so that contributions are paid from the first pound earned. The changes have yet to be brought into force, and the institute is urging ministers to set a timetable and to begin consulting on a gradual rise in minimum contributions towards 12%.

Employers' groups have warned that higher mandatory contributions would land on small firms already facing rising wage and energy costs.

> "Most small businesses want to look after their staff, but every extra percentage point is money that can't go into pay rises or hiring," said Gareth Pryce, policy director at the Federation of Independent Employers. "Any increase needs to be phased in over years, not months, and it needs to be announced well in advance."

For individuals, the institute recommends checking whether an employer will match contributions above the minimum, consolidating old pots where charges are high, and using the free guidance available through the government-backed [MoneyHelper](https://www.moneyhelper.org.uk) service. People who have lost track of old workplace pensions can also use the government's pension tracing service to find them.`,
    },

    // ----------------------------------------------------------------- business
    {
      slug: 'container-rates-double-as-red-sea-detours-stretch-supply-chains',
      title: 'Container rates double as Red Sea detours stretch Asia-Europe supply chains',
      standfirst:
        'Ships diverting around the Cape of Good Hope are adding up to two weeks to voyages between China and northern Europe. Importers warn the extra cost will reach shop shelves by spring.',
      section: 'business',
      author: 'editor',
      tags: ['Shipping', 'Trade', 'Inflation', 'Consumer spending'],
      daysAgo: 3,
      hour: 9,
      featured: true,
      kind: 'Analysis',
      hero: {
        motif: 'waves',
        alt: 'Illustration of a heavily laden container ship crossing stylised blue waves, with a dotted route line curving around the southern tip of Africa behind it.',
        caption: 'The longer route around Africa adds about 3,500 nautical miles to a typical Asia-Europe voyage.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The cost of shipping a 40-foot container from Shanghai to Rotterdam has more than doubled in six weeks, as the continuing diversion of vessels away from the Red Sea ripples through global supply chains and begins to squeeze importers across Europe.

A benchmark spot-rate index compiled by the Oslo-based consultancy Halvard Maritime rose to $4,850 per container this week, up from $2,300 at the start of the diversions and close to four times its level a year ago. Rates on routes from Asia to the Mediterranean have risen even faster, to more than $5,600.

Most of the world's largest container lines have halted transits through the Bab el-Mandeb Strait following attacks on merchant vessels, sending ships on a detour of roughly 3,500 nautical miles around the Cape of Good Hope. The longer route adds 10 to 14 days to a typical voyage between Asia and northern Europe and burns around $1m of extra fuel per round trip for the largest ships.

## Capacity swallowed up

Because each ship now takes longer to complete its rotation, carriers need more vessels to maintain weekly services. Analysts estimate that the diversions have absorbed between 6% and 9% of the world's container fleet, tightening a market that only months ago was struggling with a glut of newly built ships.

> "The industry went into this with too many ships and falling rates. The Cape route has solved that overcapacity problem overnight, at the expense of everybody who has to move goods," said Sigrid Vangen, head of research at Halvard Maritime. "As long as the detour continues, carriers hold the pricing power."

Traffic through the Suez Canal, which in normal times handles around 12% of global trade, has fallen by more than 40% by tonnage, according to port agents. Mediterranean transhipment hubs such as Piraeus and Gioia Tauro have reported falling volumes, while ports on the west coast of Africa and in southern Spain have seen more calls as ships stop to refuel.

## Importers feel the squeeze

For businesses that buy goods from Asia, the effects go well beyond freight bills. Companies are reporting:

- **Longer lead times.** Goods ordered for delivery in four to five weeks are now taking six to seven, forcing retailers to order earlier and hold more stock.
- **Higher insurance costs.** War-risk premiums for vessels that do still use the Red Sea have risen several-fold.
- **Missed sailings.** Schedule reliability has dropped as ships arrive late and carriers skip port calls to catch up.

> "We've gone from paying $1,900 a box to paying nearly $5,000, and our spring range is sitting somewhere off the coast of Namibia," said Kate Ashworth, operations director at Dunmore Home, a Manchester-based furniture and homeware importer. "We can absorb some of that, but not all. Customers will see it in prices."

## Will it feed inflation?

Economists say the impact on consumer prices should be noticeable but limited. Shipping typically accounts for 1% to 3% of the final retail price of electronics and clothing, although the share is far higher for bulky, low-value goods such as furniture, garden equipment and toys.

Some estimates suggest that a sustained doubling of freight rates could add between 0.2 and 0.4 percentage points to inflation in the euro area and the UK over the following year, an unwelcome development for central banks that are weighing when to cut interest rates.

The bigger risk, according to some in the industry, is that the disruption lasts long enough to become the new normal. Several carriers have already published schedules for the coming quarter that assume the Cape routing will continue, and some European manufacturers have begun exploring alternatives, including rail freight from China and sourcing from Turkey and North Africa.

> "Nobody is reshoring because of six weeks of disruption," said Vangen. "But if this runs into the summer, boards will start asking questions about how exposed they are to a single sea lane."`,
    },
    {
      slug: 'brightwells-to-close-31-department-stores-putting-2400-jobs-at-risk',
      title: 'Brightwell’s to close 31 department stores, putting 2,400 jobs at risk',
      standfirst:
        'The 142-year-old chain blamed rising costs, falling footfall and the shift to online shopping as it announced the biggest retreat in its history.',
      section: 'business',
      author: 'daniel',
      tags: ['Retail', 'Jobs', 'Consumer spending'],
      daysAgo: 8,
      hour: 11,
      kind: 'News',
      hero: {
        motif: 'columns',
        alt: 'Illustration of a grand department store facade with stone columns and shuttered display windows, a closing-down banner stretched across the entrance.',
        caption: 'Brightwell’s will keep 27 stores, mostly in large cities and shopping centres.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Brightwell's, one of Britain's oldest department store chains, will close 31 of its 58 shops over the next nine months, putting about 2,400 jobs at risk in the latest blow to town centres already struggling with empty units and dwindling footfall.

The company, founded in Leicester in 1882, said on Monday that the closures were part of a restructuring plan intended to return the business to profit within two years. It will concentrate on 27 larger stores, mostly in city centres and regional shopping malls, alongside its website, which now accounts for 38% of sales.

The first wave of 12 closures will take place after the spring, and includes stores in:

- Doncaster, Wakefield and Stockport in the north of England
- Swindon, Yeovil and Gloucester in the south-west
- Newport and Wrexham in Wales
- Perth and Kirkcaldy in Scotland
- Walsall and Kettering in the Midlands

## Costs outpacing sales

Brightwell's reported a pre-tax loss of £46m in its most recent financial year, compared with a loss of £19m a year earlier. Like-for-like sales in its shops fell 6.8%, while costs rose sharply as the national living wage increased and energy bills remained well above pre-2022 levels.

The chain said the closing stores were collectively losing more than £20m a year, and that many were in buildings leased more than two decades ago on terms that no longer reflected trading conditions. Business rates, the property tax levied on commercial premises, accounted for more than 4% of revenue at some of the affected sites.

> "These are not decisions any of us wanted to make. Some of these stores have been part of their high streets for more than a century," said Philippa Rendell, Brightwell's chief executive. "But we cannot ask the profitable parts of the business to keep subsidising shops that customers are no longer visiting."

The company said it would try to redeploy as many affected staff as possible to its remaining stores and its distribution centre near Northampton, and would pay redundancy above the statutory minimum.

## A familiar story

The closures follow the collapse of several well-known chains in recent years, and leave many mid-sized towns without a department store for the first time in living memory. Official figures published last week showed retail sales volumes fell 0.8% in the most recent month, with department stores among the weakest performers. The data are available from the [Office for National Statistics](https://www.ons.gov.uk).

> "The department store was built for a world where people drove into town on a Saturday to buy everything under one roof. That world has gone," said Martin Oakes, founder of the consultancy Greyfield Retail Research. "The ones that survive will be smaller, more specialised and far better online. Brightwell's is trying to get there before the money runs out."

Local leaders warned that the loss of anchor stores would have a knock-on effect for neighbouring shops and cafes that depend on the footfall they generate. In Kirkcaldy, where Brightwell's occupies one of the largest buildings on the high street, the council said it would seek urgent talks about the future of the site.

## Union calls for talks

The Retail Workers' Alliance, which represents shop-floor staff at the chain, said many of those affected were long-serving employees, including some who had worked for the company for more than 30 years.

> "Our members kept these stores open through the pandemic and the cost of living crisis. They deserve more than a letter and a 45-day consultation," said Dev Sharma, the union's national officer for retail. "We want to see every option for keeping sites open properly explored, including rent cuts from landlords."

Shares in Brightwell's parent company rose 7% in London on Monday, as investors welcomed the decision to cut losses. The stock has nevertheless fallen by more than 60% over the past five years.`,
    },
    {
      slug: 'northwind-airways-cabin-crew-vote-to-strike-threatening-summer-flights',
      title: 'Northwind Airways cabin crew vote to strike, threatening summer holiday flights',
      standfirst:
        'Flight attendants backed walkouts over pay by 89% on a turnout of 76%. The airline says it will run as many flights as possible and has urged passengers not to cancel their plans.',
      section: 'business',
      author: 'daniel',
      tags: ['Airlines', 'Strikes', 'Jobs'],
      daysAgo: 6,
      hour: 16,
      kind: 'News',
      updatedHoursAfter: 5,
      hero: {
        motif: 'skyline',
        alt: 'Illustration of an airport skyline at dusk, with a control tower and the tail fins of parked aircraft silhouetted against an orange sky.',
        caption: 'Northwind operates from five UK bases, including Manchester and Gatwick.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Cabin crew at Northwind Airways have voted overwhelmingly to strike in a dispute over pay, raising the prospect of widespread disruption for hundreds of thousands of holidaymakers during the peak summer season.

Of the 3,200 flight attendants balloted by the Aviation and Travel Workers' Union, 89% voted in favour of industrial action on a turnout of 76%, comfortably clearing the legal thresholds for a strike. Crew are based at Manchester, Gatwick, Bristol, Edinburgh and Belfast, and the airline carried more than 11 million passengers last year, mostly to holiday destinations in Spain, Portugal, Greece and Turkey.

The union confirmed on Tuesday evening that the first walkouts would take place over two four-day periods beginning in three weeks, covering the start of the school holidays in Scotland and Northern Ireland.

## A dispute rooted in the pandemic

At the centre of the dispute is a 15% pay cut that crew accepted in 2020, when the airline grounded most of its fleet and warned that it might not survive. The union says staff were told the reduction would be temporary. Although some of it has since been restored, basic pay for a junior crew member remains below its pre-pandemic level in real terms.

The union is seeking an 11% increase this year. Northwind has offered 4.5%, backdated to April, plus a one-off payment of £750.

> "Our members saved this airline. They took the cut, they flew through Covid, and they were promised it would be put right," said Carl Mensah, general secretary of the union. "Northwind has just posted the best profits in its history. If it can afford to pay shareholders, it can afford to keep its word to the people who work on its aircraft."

Northwind reported pre-tax profit of £412m last year, reversing losses of more than £1bn during the pandemic, and reinstated its dividend in the spring.

## The airline responds

In a statement, Northwind said it was disappointed by the result and that its offer was "fair, affordable and above the market rate". It said it would operate as many flights as possible on strike days, using managers with cabin crew qualifications and wet-leased aircraft and crew from other carriers, and would contact affected customers at least seven days in advance.

> "We want to reach an agreement and our door remains open, but we will not make promises we cannot keep about the future cost base of the airline," said a Northwind spokeswoman. "We would ask customers not to cancel their holidays. The vast majority of flights will operate."

Industry analysts said the airline's room for manoeuvre was limited by rising fuel and airport charges, but that a prolonged dispute during the busiest weeks of the year could be far more costly than the gap between the two sides.

> "Summer is where a leisure airline makes its money for the year. Lose a few peak weekends and you've spent more than the pay rise you were arguing about," said Imogen Blake, airline analyst at Pelham & Co. "Both sides know that, which is why I'd still expect a deal before the first strike day."

## What passengers need to know

Passengers booked with Northwind during the strike periods should keep in mind the following:

- If a flight is cancelled, passengers are entitled to a full refund or to be rebooked on an alternative flight, including with another airline where available.
- Because the strike involves the airline's own staff, passengers may also be entitled to compensation of up to £520, depending on the length of the route and the delay.
- Those booked on package holidays should contact their tour operator, which is responsible for arranging alternatives.

Guidance on passenger rights is published by the [Civil Aviation Authority](https://www.caa.co.uk).

*This article was updated to include the confirmed strike dates and a response from Northwind Airways.*`,
    },
    {
      slug: 'calder-energy-profit-falls-by-a-third-but-dividend-rises',
      title: 'Calder Energy profit falls by a third as gas prices ease, but dividend rises',
      standfirst:
        'The North Sea producer and power generator kept shareholders on side with a bigger payout, while cutting planned spending on offshore wind for the second year running.',
      section: 'business',
      author: 'admin',
      tags: ['Energy', 'Company results', 'Climate'],
      daysAgo: 29,
      hour: 8,
      kind: 'News',
      commentsOpen: false,
      hero: {
        motif: 'field',
        alt: 'Illustration of white wind turbines on a green field, with a gas platform on the horizon and a downward arrow drawn across the sky above them.',
        caption: 'Calder has scaled back its planned investment in offshore wind.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `Calder Energy, the Aberdeen-based oil and gas producer and electricity generator, reported a 34% fall in annual profit on Thursday as wholesale gas prices retreated from the record highs of 2022, but raised its dividend and extended its share buyback programme.

Underlying operating profit fell to £3.1bn from £4.7bn a year earlier, broadly in line with analysts' expectations. Revenue declined 21% to £14.2bn. The company said the average price it received for gas from its North Sea fields fell by almost half over the year, partly offset by higher output from two new fields east of Shetland.

Despite the fall in earnings, Calder increased its full-year dividend by 8% and said it would buy back a further £800m of shares over the next 12 months. The shares rose 3.1% in early trading in London.

## Wind ambitions scaled back

The results were overshadowed by the company's decision to cut its planned investment in renewable energy for the second consecutive year. Calder now expects to spend about £1.2bn a year on offshore wind and low-carbon power until the end of the decade, down from the £2bn it pledged three years ago.

The company also confirmed it would delay a final investment decision on its Skerryvore Bank wind farm, a 1.4-gigawatt project off the west coast of Scotland, citing rising turbine costs, higher interest rates and uncertainty over the price support the project would receive.

> "We remain committed to the energy transition, but we have a duty to invest where we can earn a proper return," said Iain Rutherford, Calder's chief executive. "Offshore wind costs have risen by around 40% in three years. Until the economics improve, we will be more selective."

Climate-focused investors said the decision undermined the company's own net zero targets.

> "Calder is handing back billions to shareholders while quietly shrinking the part of the business that is supposed to be its future," said Ellis Akande, director of the Greenward Investor Coalition, which represents pension funds holding about 2% of the company's shares. "We will be asking hard questions at the annual meeting."

## Windfall tax pressure

Calder paid £1.4bn under the Energy Profits Levy, the windfall tax on North Sea oil and gas producers, taking its total UK tax bill for the year to £2.3bn. The company said the levy, combined with uncertainty over future licensing, had led it to reduce its planned North Sea investment by a quarter.

Industry groups argue that high taxes are accelerating the decline of a basin that still supplies around half of the UK's gas, while campaigners say the sector continues to earn exceptional returns and should contribute more to the cost of the transition.

The results highlighted three pressures that analysts say will shape the company's strategy this year:

- **Lower commodity prices.** Futures markets point to European gas prices remaining well below crisis levels, limiting upstream earnings.
- **Policy uncertainty.** Changes to the windfall tax and licensing regime remain under discussion in Westminster.
- **Capital discipline.** Investors continue to reward cash returns over growth, making it harder for boards to justify long-dated renewable projects.

> "The market is telling Calder, very clearly, that it prefers dividends today to wind farms tomorrow," said Neil Strachan, an energy analyst at Kinross Equity Research in Edinburgh. "Management is giving shareholders what they ask for. Whether that is the right long-term bet is a different question."

Calder employs about 6,800 people, nearly half of them in north-east Scotland. It said there were no plans for job cuts, but that it would continue to review its cost base.`,
    },

    // ------------------------------------------------------------------ opinion
    {
      slug: 'cheaper-mortgages-wont-fix-the-housing-crisis-only-more-homes-will',
      title: 'Cheaper mortgages won’t fix the housing crisis. Only more homes will',
      standfirst:
        'Every cut in interest rates is greeted as relief for would-be buyers. Without a serious increase in supply, lower rates will mostly push prices back up.',
      section: 'opinion',
      author: 'admin',
      tags: ['Housing', 'Interest rates', 'Mortgages'],
      daysAgo: 13,
      hour: 18,
      kind: 'Opinion',
      hero: {
        motif: 'bridge',
        alt: 'Illustration of a half-built bridge made of small house shapes, stopping short of the far bank of a wide river.',
        caption: 'Lower borrowing costs help buyers only if there are homes to buy.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `There is a ritual that now accompanies every hint of an interest rate cut. Mortgage brokers go on breakfast radio, property websites publish upbeat forecasts, and somebody somewhere declares that first-time buyers are finally getting a break.

I understand the relief. For anyone who has watched their monthly repayment jump by several hundred pounds since 2022, a falling base rate feels like a lifeline, and for many existing homeowners it genuinely is. But we should stop pretending that cheaper borrowing is a housing policy. For the people locked out of ownership altogether, it may make things worse.

## The price of money and the price of homes

The reason is simple enough. When borrowing costs fall, buyers can afford to borrow more. If the number of homes for sale does not rise to meet that extra purchasing power, the money goes into prices. We ran this experiment for more than a decade after the financial crisis: rates close to zero, mortgages cheaper than ever, and a generation of young adults who found home ownership further out of reach at the end of it than at the start.

Between 2009 and 2021, average house prices in England rose by roughly 70%, while average earnings rose by about 30%. The ratio of prices to earnings, already high, reached levels last seen in the late nineteenth century. Cheap money did not make homes affordable. It made them expensive to buy and cheap to finance, which is not the same thing, as everybody who remortgaged in the past two years has discovered.

> "Rates decide how much you can borrow. Supply decides what you have to pay," Miriam Castell, a housing economist who has advised several local authorities, told me recently. "If you only ever move the first lever, you are just handing the seller a bigger cheque."

## What actually works

The uncomfortable truth is that the only durable fix is to build far more homes, year after year, in the places people want to live. England has not consistently built 300,000 homes a year at any point this century. Completions have typically run between 150,000 and 250,000, and the shortfall compounds.

That means confronting the things politicians of every party find awkward:

- A planning system in which a single objection can delay a scheme of 40 homes for three years.
- Councils that lack the planners, ecologists and lawyers to process applications at speed.
- A reliance on a handful of large housebuilders whose business model depends on releasing homes slowly enough to protect prices.
- The near disappearance of council housebuilding, which in the 1950s and 1960s delivered more than 100,000 homes a year on its own.

None of this is as satisfying as a rate cut. It takes years to show results, and the costs land on local communities before the benefits arrive. But the alternative is another decade in which we cheer each quarter-point reduction and wonder why the average age of a first-time buyer keeps rising.

## A better test

Here is a modest proposal. The next time a minister, a bank or a developer tells us that lower rates are good news for buyers, we should ask one follow-up question: how many more homes will be built as a result?

If the answer is none, then the good news belongs to sellers. And we already know who they are.`,
    },
    {
      slug: 'the-northwind-strike-is-about-a-broken-promise-not-greed',
      title: 'The Northwind strike isn’t about greed. It’s about a promise that was broken',
      standfirst:
        'Cabin crew accepted deep pay cuts to keep their airline alive during the pandemic. Now that record profits are back, their anger is rational, and a warning to every employer that asked for sacrifice.',
      section: 'opinion',
      author: 'daniel',
      tags: ['Strikes', 'Airlines', 'Jobs'],
      daysAgo: 4,
      hour: 19,
      kind: 'Opinion',
      hero: {
        motif: 'stage',
        alt: 'Illustration of an empty stage lit by a single spotlight, with a row of folded cabin crew uniforms laid out on a bench at its centre.',
        caption: 'Northwind crew are due to begin walkouts in the coming weeks.',
        credit: 'Illustration: NewsHub graphics',
      },
      body: `The easy story about the coming strike at Northwind Airways writes itself. Well-paid crew, greedy union, families stranded at Manchester airport with sunburnt toddlers and no flight to Faro. Expect to hear a version of it on every phone-in between now and the first walkout.

It is also the wrong story. To understand why Northwind's flight attendants voted by a margin of nine to one to strike, you have to go back to the spring of 2020.

## What was asked, and what was promised

When the pandemic grounded Northwind's fleet, the airline told staff it was fighting for survival. Crew were asked to accept a 15% pay cut, reduced allowances and more flexible rosters. They did, in overwhelming numbers. Many of them, by their own accounts, were told in briefings that the cut was temporary and would be reversed when the airline recovered.

The airline has recovered. Last year it reported pre-tax profit of £412m, the highest in its history. It has reinstated its dividend. Its chief executive's pay package has returned to pre-pandemic levels and then some. Crew pay, meanwhile, has been partially restored but remains lower in real terms than in 2019, after three years of high inflation.

> "Nobody I fly with expected to get rich. We expected them to keep their word," one long-serving Manchester-based purser, who asked not to be named because she is not authorised to speak to the media, told me. "When they needed us, it was all 'we're a family'. Now it's 'market rates'."

## Why trust matters more than the numbers

The two sides are not as far apart as the headlines suggest. The gap between Northwind's offer of 4.5% plus a one-off payment and the union's demand for 11% is real, but it is the kind of gap that gets bridged in most pay rounds.

What makes this dispute harder is that it is not only about this year's number. It is about whether a promise made in a crisis meant anything. Employers across the economy asked for similar sacrifices in 2020: pay freezes, reduced hours, deferred pension contributions. Most workers accepted them because they believed the pain would be shared, and that the recovery would be shared too.

Where that belief has been honoured, industrial relations have been relatively calm. Where it has not, as the wave of disputes across aviation, rail and the public sector has shown, the anger has lasted far longer than any spreadsheet would predict.

## The cost of breaking faith

There is a practical lesson here for management, not just a moral one. Airlines depend on goodwill in a way few businesses do. Crew who feel cheated do the job to the letter and no further. They stop volunteering for extra duties on a bad day, stop covering for sick colleagues, and eventually leave for a rival that is hiring. Northwind has already had to recruit more than 900 new crew in the past year, at considerable cost.

None of this means passengers should shrug off disruption to their holidays. They have every right to be angry, and the union should be careful not to squander public sympathy with walkouts timed for maximum pain.

But if Northwind wants to avoid the strike, the fastest route is not a better press release about how generous its offer is. It is to sit down with its staff and acknowledge, plainly, that a promise was made in 2020 and that it intends to keep it. That would cost less than a single lost weekend in August.`,
    },
  ],

  comments: [
    // ECB cut (daysAgo 0)
    {
      key: 'fb-1',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'claire',
      minutesAfter: 25,
      body: `Useful to see the point about variable-rate mortgages spelled out. My sister in Valencia is on a Euribor-linked loan and her payment went up by almost 300 euros a month in 2023.

She will be glad of any relief, but honestly the bigger question for her is whether the bank passes it on quickly. Last time rates went up, the increase arrived within a month.`,
    },
    {
      key: 'fb-2',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'jonas',
      minutesAfter: 48,
      body: `I think the Helsinki economist has it right. Here in Germany the big union settlements are still coming in around 5%, and services prices in my local area are not falling at all. Haircut, plumber, restaurant, all up again this year.

Cutting three times in five months feels like the bank is more worried about Italian bond spreads than about inflation. I hope I am wrong.`,
    },
    {
      key: 'fb-3',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'writer',
      replyTo: 'fb-2',
      minutesAfter: 95,
      body: `Thanks Jonas, it's a fair challenge and it was the main argument against the cut inside the bank too.

One nuance: the negotiated wage figures include a lot of one-off inflation compensation payments that drop out of the numbers later this year. The staff projections assume wage growth slows to around 3.5% next year. If that doesn't happen, I'd expect the pace of cuts to slow quickly.`,
    },
    {
      key: 'fb-4',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'jonas',
      replyTo: 'fb-3',
      minutesAfter: 140,
      body: `Fair point on the one-off payments, I had not considered that they fall out of the base. Still, "assume wage growth slows" is doing a lot of work in that sentence.

Will you be covering the wage tracker data when it comes out? That seems like the number to watch before the next meeting.`,
    },
    {
      key: 'fb-5',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'elena',
      minutesAfter: 180,
      body: `Practical question from a saver: my bank is still offering 3.1% on a two-year fixed deposit. Is it worth locking that in now before the rates drop further, or am I better staying flexible?

I know nobody can give advice in a comment section, but it would be great to see a short explainer on this for people who are not mortgage holders.`,
    },
    {
      key: 'fb-6',
      article: 'ecb-cuts-rates-for-third-time-and-signals-more-easing',
      user: 'hiro',
      minutesAfter: 60,
      status: 'hidden',
      body: `Banks are cutting rates but my trading group members earn 35% every month GUARANTEED with our forex signals!!! Stop losing money to inflation. Message me now for a free trial, only 20 places left this week.`,
    },

    // Gilt yields (daysAgo 1)
    {
      key: 'fb-7',
      article: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      user: 'marcus',
      minutesAfter: 70,
      body: `Good to see the annuity angle mentioned, it rarely gets a look-in. I retired last year and bought an annuity with part of my pot precisely because rates had come back to something sensible.

For ten years the advice was "never buy an annuity, they're terrible value". The product didn't change. Gilt yields did.`,
    },
    {
      key: 'fb-8',
      article: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      user: 'priya',
      minutesAfter: 130,
      body: `Our fix ends in August and we were just about to apply for a five-year deal we saw last week. Is the point here that the cheap deals could disappear even if the Bank of England doesn't change the base rate at all?

I'd always assumed mortgage rates followed the base rate.`,
    },
    {
      key: 'fb-9',
      article: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      user: 'writer',
      replyTo: 'fb-8',
      minutesAfter: 260,
      body: `Yes, that's right. Fixed rates are priced mainly off swap rates, which move with market expectations and with gilt yields, not the base rate on the day. Trackers are the ones that follow the base rate directly.

If you've found a deal you're happy with, most lenders will hold an offer for around six months, and some let you switch to a cheaper product before completion. A broker can usually check that for you quickly.`,
    },
    {
      key: 'fb-10',
      article: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      user: 'olu',
      replyTo: 'fb-7',
      minutesAfter: 400,
      body: `Agree, although I'd add a caveat for anyone reading: those headline annuity figures are usually for a level income. Add inflation protection and the starting income is a lot lower, something like a third less.

Level annuities looked very bad value in 2022 and 2023 when prices were rising 10% a year. Worth thinking about before committing the whole pot.`,
    },
    {
      key: 'fb-11',
      article: 'gilt-yields-hit-highest-level-since-2008-as-investors-balk',
      user: 'reader',
      minutesAfter: 900,
      status: 'pending',
      body: `For anyone who wants to follow the supply side themselves, the Debt Management Office publishes its full auction calendar and results here: https://www.dmo.gov.uk

Tuesday's long-dated auction will be an interesting test of demand after this week.`,
    },

    // Red Sea shipping
    {
      key: 'fb-12',
      article: 'container-rates-double-as-red-sea-detours-stretch-supply-chains',
      user: 'olu',
      minutesAfter: 210,
      body: `I run a small business importing kitchenware from Guangzhou into Manchester and this matches what we are seeing exactly. Our forwarder quoted us $2,100 in November and $4,700 last week for the same box.

What the article doesn't mention is cash flow. We now have stock at sea for seven weeks instead of five, which means our money is tied up for longer too. For a small firm that hurts as much as the freight price itself.`,
    },
    {
      key: 'fb-13',
      article: 'container-rates-double-as-red-sea-detours-stretch-supply-chains',
      user: 'hiro',
      replyTo: 'fb-12',
      minutesAfter: 500,
      body: `Same from the other direction. My company exports machine parts from Nagoya to Germany and our customers are now asking whether we can air-freight urgent orders, which is many times more expensive.

Some of them are talking about holding three months of stock instead of one. Just-in-time was a good idea when the sea lanes were boring.`,
    },

    // Northwind opinion
    {
      key: 'fb-14',
      article: 'the-northwind-strike-is-about-a-broken-promise-not-greed',
      user: 'marcus',
      minutesAfter: 35,
      body: `I have some sympathy, but the people who pay for this are families who saved all year for one week in the sun. They didn't make any promises in 2020.

If the union really wants public support, it should strike on weekday mornings in October, not the first weekend of the school holidays.`,
    },
    {
      key: 'fb-15',
      article: 'the-northwind-strike-is-about-a-broken-promise-not-greed',
      user: 'claire',
      replyTo: 'fb-14',
      minutesAfter: 120,
      body: `But a strike that nobody notices doesn't put any pressure on the company. That's rather the point of timing it for the summer.

I say that as someone with flights booked in July. I'd still rather the airline settled than the crew gave up.`,
    },

    // Mortgages explainer
    {
      key: 'fb-16',
      article: 'fix-or-track-what-the-mortgage-price-war-means-for-borrowers',
      user: 'priya',
      minutesAfter: 300,
      body: `Very clear explainer, thank you. We took a tracker with no exit fees last year and the flexibility has been worth it, even though we paid more for a few months.

The bit about arrangement fees is important. On our loan size a £999 fee made the "cheapest" rate the most expensive deal over two years once you did the sums.`,
    },
    {
      key: 'fb-17',
      article: 'fix-or-track-what-the-mortgage-price-war-means-for-borrowers',
      user: 'reader',
      replyTo: 'fb-16',
      minutesAfter: 520,
      body: `How did you work out the total cost including the fee? Did you add it to the loan or pay it upfront? Our broker keeps quoting monthly figures and I never know how to compare them properly.`,
    },
    {
      key: 'fb-18',
      article: 'fix-or-track-what-the-mortgage-price-war-means-for-borrowers',
      user: 'priya',
      replyTo: 'fb-17',
      minutesAfter: 700,
      body: `We just added up 24 monthly payments plus all the fees for each deal, then took off any cashback. Crude, but it makes the comparison honest.

If you add the fee to the loan, remember you pay interest on it for the whole term, so it costs a bit more than the sticker price.`,
    },

    // Northwind news
    {
      key: 'fb-19',
      article: 'northwind-airways-cabin-crew-vote-to-strike-threatening-summer-flights',
      user: 'elena',
      minutesAfter: 90,
      body: `We are flying Northwind from Edinburgh to Crete on one of the likely strike days. Does anyone know whether travel insurance covers this, or only the airline?

The CAA page on delays and cancellations is here for others in the same position: https://www.caa.co.uk`,
    },
    {
      key: 'fb-20',
      article: 'northwind-airways-cabin-crew-vote-to-strike-threatening-summer-flights',
      user: 'marcus',
      replyTo: 'fb-19',
      minutesAfter: 240,
      body: `Most policies exclude strikes that had already been announced when you bought the cover, so check the date you took it out. If you bought it before the ballot result, you may be fine.

Either way the airline has to refund or reroute you first, so go to them before the insurer.`,
    },
    {
      key: 'fb-21',
      article: 'northwind-airways-cabin-crew-vote-to-strike-threatening-summer-flights',
      user: 'jonas',
      minutesAfter: 400,
      status: 'deleted',
      body: `Posted this on the wrong article, sorry. Please ignore.`,
    },

    // Housing opinion
    {
      key: 'fb-22',
      article: 'cheaper-mortgages-wont-fix-the-housing-crisis-only-more-homes-will',
      user: 'olu',
      minutesAfter: 300,
      body: `The list of obstacles is spot on, especially the point about council planning departments. Our local authority has two planning officers covering an area with applications for nearly 2,000 homes.

I'd push back slightly on the housebuilders, though. Build-out rates are slow partly because the land they can get permission for is in the same few places, and they can only sell so many identical homes on one site each year. Fix the planning system and that problem gets smaller too.`,
    },
    {
      key: 'fb-23',
      article: 'cheaper-mortgages-wont-fix-the-housing-crisis-only-more-homes-will',
      user: 'marcus',
      minutesAfter: 45,
      status: 'hidden',
      body: `Easy to lecture everyone about housing from your London newsroom. You lot have no idea how normal people live and never will. Pathetic propaganda, as usual from this rag.`,
    },

    // Yen
    {
      key: 'fb-24',
      article: 'yen-slides-to-34-year-low-against-dollar-stoking-intervention-fears',
      user: 'hiro',
      minutesAfter: 600,
      body: `A good summary of how it feels here. My parents are pensioners in Saitama and they have noticed food prices every single week this year, while Kyoto is so full of visitors that locals avoid the centre at weekends.

The article is right that exporters are doing well. But very little of that has reached ordinary wages yet, and people are losing patience with being told to wait.`,
    },

    // Meridian
    {
      key: 'fb-25',
      article: 'meridian-bank-profit-jumps-as-savers-are-left-behind',
      user: 'claire',
      minutesAfter: 150,
      status: 'pending',
      body: `I checked after reading this and my "Reward Saver" account with a big bank had been moved to 1.1% without my noticing. Moved everything to an online bank paying 4.6% in about 15 minutes.

Everybody reading this should spend five minutes checking their own accounts today.`,
    },
  ],
};
