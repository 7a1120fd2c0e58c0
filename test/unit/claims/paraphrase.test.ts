// What a body is, and when things happened to it, said the many ways UK policy sources say them:
// press releases, news, blogs, annual reports and readers' comments. Each fact below is one claim;
// every wording of it must give that claim and nothing that contradicts it. The look-alikes are
// sentences that share the words but say something else: they must not give the claim. A wording
// marked `gap` is one the claims do not read yet: it is kept here, as a test that fails until it
// is read, so the specification says what is missing as well as what works. Every name is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tallowmere Trust': 'org:tallowmere-trust',
  'Brackwater Community Energy': 'org:brackwater-community-energy',
  'Penhallow Care CIC': 'org:penhallow-care',
  'Penhallow Care': 'org:penhallow-care',
  'Greywick Leisure': 'org:greywick-leisure',
  'Marlstone Homes': 'org:marlstone-homes',
  'Orrin Valley Housing': 'org:orrin-valley-housing',
  'Calder Fold Services': 'org:calder-fold-services',
  'Pelbury Regeneration': 'org:pelbury-regeneration',
  'Fennick Holdings': 'org:fennick-holdings',
  'Fennick Holdings plc': 'org:fennick-holdings',
  'Quillan Health Mutual': 'org:quillan-health-mutual',
  'Rowan Lodge Nursery': 'org:rowan-lodge-nursery',
  'Hexley Partners': 'org:hexley-partners',
  'Corrie Foods': 'org:corrie-foods',
  'Thornsby Council': 'org:thornsby-council',
  'Charity Commission': 'org:charity-commission',
  'Financial Conduct Authority': 'org:financial-conduct-authority',
  'Regulator of Social Housing': 'org:regulator-of-social-housing',
  'Ruth Amberly': 'person:ruth-amberly',
};

/** A wording the claims should read; `gap` marks one they do not read yet. */
type Way = string | { text: string; gap: true };

interface CategoryFact {
  says: string;
  subject: string;
  category: string;
  polarity: 'affirm' | 'deny';
  ways: Way[];
}

interface DateFact {
  says: string;
  subject: string;
  attribute: string;
  iso: string;
  ways: Way[];
}

interface LookAlike {
  text: string;
  /** Why it is not the claim. */
  because: string;
  /** The claim it must not give: every field given must match for a claim to count. */
  not: { subject: string; category?: string; polarity?: 'affirm' | 'deny'; attribute?: string; iso?: string };
}

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const categoryOf = (c: Claim): { category: string; polarity: string } | undefined =>
  c.attribute === 'category' && c.value.kind === 'category' ? { category: c.value.category, polarity: c.value.polarity } : undefined;
const isoOf = (c: Claim): string | undefined => (c.value.kind === 'date' ? c.value.iso : undefined);

const textOf = (way: Way): string => (typeof way === 'string' ? way : way.text);
const isGap = (way: Way): boolean => typeof way !== 'string';

/** What a body is: its legal form or status, affirmed or denied. */
const CATEGORY_FACTS: CategoryFact[] = [
  {
    says: 'a body is a charity',
    subject: 'org:tallowmere-trust',
    category: 'charity',
    polarity: 'affirm',
    ways: [
      'Tallowmere Trust is a registered charity working with young carers in the county.',
      'The scheme is run by Tallowmere Trust, a charity founded by two district nurses.',
      'Carers were referred to Tallowmere Trust, which is a charity, by their GPs.',
      'Tallowmere Trust became a registered charity in 2004.',
      'Tallowmere Trust registered as a charity in 2004.',
      'Tallowmere Trust is registered with the Charity Commission.',
      'Tallowmere Trust quotes its registered charity number on every appeal.',
      'Tallowmere Trust’s registration as a charity in 2004 let it claim Gift Aid.',
    ],
  },
  {
    says: 'a body is a community benefit society',
    subject: 'org:brackwater-community-energy',
    category: 'registered-society',
    polarity: 'affirm',
    ways: [
      'Brackwater Community Energy is a community benefit society owned by 400 local members.',
      'Brackwater Community Energy, a community benefit society, sold shares to residents.',
      'Brackwater Community Energy was set up as a community benefit society in 2013.',
      'Brackwater Community Energy is registered with the Financial Conduct Authority as a community benefit society.',
      'Set up as a community benefit society, Brackwater Community Energy now powers 300 homes.',
      'Brackwater Community Energy, set up as a community benefit society, sold shares to residents.',
    ],
  },
  {
    says: 'a body is a community interest company',
    subject: 'org:penhallow-care',
    category: 'community-interest-company',
    polarity: 'affirm',
    ways: [
      'Penhallow Care is a community interest company.',
      'Penhallow Care was converted into a community interest company in 2012.',
      'Penhallow Care, which became a community interest company in 2012, runs two nurseries.',
      'Penhallow Care operates as a community interest company.',
      'Penhallow Care converted to a CIC in 2012.',
      'Penhallow Care is now a CIC rather than a charity.',
      'Penhallow Care files its accounts under a CIC number, not a charity number.',
    ],
  },
  {
    says: 'a body is not a charity',
    subject: 'org:greywick-leisure',
    category: 'charity',
    polarity: 'deny',
    ways: [
      'Greywick Leisure is not a charity.',
      'Greywick Leisure isn’t a charity, whatever its leaflets suggest.',
      'Greywick Leisure has never been a charity.',
      'Greywick Leisure is no charity: it paid its directors £400,000 last year.',
      'Greywick Leisure is a company limited by guarantee rather than a charity.',
      'Greywick Leisure, which is not a charity, pays corporation tax.',
      'Greywick Leisure was never a charity.',
      'Greywick Leisure is not, and never has been, a charity.',
      'Greywick Leisure does not have a charity number.',
      'Greywick Leisure trades under a company number, not a charity number.',
    ],
  },
  {
    says: 'a body is not a registered provider of social housing',
    subject: 'org:marlstone-homes',
    category: 'registered-provider',
    polarity: 'deny',
    ways: [
      'Marlstone Homes isn’t a registered provider.',
      'Marlstone Homes is not a registered provider of social housing.',
      'Marlstone Homes, which is not a registered provider, cannot bid for grant.',
      'Marlstone Homes has never been a registered provider.',
      'Marlstone Homes is not registered with the Regulator of Social Housing.',
    ],
  },
  {
    says: 'a body is a registered provider of social housing',
    subject: 'org:orrin-valley-housing',
    category: 'registered-provider',
    polarity: 'affirm',
    ways: [
      'Orrin Valley Housing is a registered provider of social housing.',
      'Orrin Valley Housing, a registered provider with 9,000 homes, built 120 last year.',
      'Orrin Valley Housing is registered with the Regulator of Social Housing.',
      'Orrin Valley Housing is a housing association and registered provider.',
      'Orrin Valley Housing became a registered provider in 2010.',
    ],
  },
  {
    says: 'a body is a company owned by its council',
    subject: 'org:calder-fold-services',
    category: 'council-owned-company',
    polarity: 'affirm',
    ways: [
      'Calder Fold Services is a council-owned company.',
      'Calder Fold Services, a local authority trading company, runs the depot.',
      'Calder Fold Services is a wholly owned council company.',
      { text: 'The bins are collected by Calder Fold Services, a company wholly owned by Thornsby Council.', gap: true },
      'Calder Fold Services is a local authority company.',
      'Thornsby Council set up Calder Fold Services as a council-owned company in 2009.',
    ],
  },
  {
    says: 'a body is a public body',
    subject: 'org:pelbury-regeneration',
    category: 'public-body',
    polarity: 'affirm',
    ways: [
      'Pelbury Regeneration is an arm’s-length body of the department.',
      'Pelbury Regeneration, a non-departmental public body, will wind down next year.',
      'Pelbury Regeneration was set up as an executive agency in 2009.',
      'Pelbury Regeneration is a public body.',
      'Pelbury Regeneration remains a public body, the minister said.',
    ],
  },
  {
    says: 'a body is a public limited company',
    subject: 'org:fennick-holdings',
    category: 'plc',
    polarity: 'affirm',
    ways: [
      'Fennick Holdings is a public limited company.',
      'Fennick Holdings, a listed company, owns the care homes.',
      'Fennick Holdings became a plc in 1996.',
      'Fennick Holdings was floated as a public limited company in 1996.',
    ],
  },
  {
    says: 'a body is a company limited by guarantee',
    subject: 'org:tallowmere-trust',
    category: 'company-limited-by-guarantee',
    polarity: 'affirm',
    ways: [
      'Tallowmere Trust is a company limited by guarantee.',
      'Tallowmere Trust, a company limited by guarantee, has no shareholders.',
      'Tallowmere Trust is incorporated as a company limited by guarantee.',
      'Tallowmere Trust is a charitable company limited by guarantee.',
    ],
  },
  {
    says: 'a body is a mutual',
    subject: 'org:quillan-health-mutual',
    category: 'mutual',
    polarity: 'affirm',
    ways: [
      'Quillan Health Mutual is a public service mutual.',
      'Quillan Health Mutual, a mutual owned by its 700 staff, runs community nursing.',
      { text: 'Quillan Health Mutual was spun out of the NHS as a mutual in 2011.', gap: true },
      'Quillan Health Mutual has been a mutual since 2011.',
      'Quillan Health Mutual describes itself as a mutual.',
    ],
  },
  {
    says: 'a body is not a co-operative',
    subject: 'org:corrie-foods',
    category: 'co-operative',
    polarity: 'deny',
    ways: [
      'Corrie Foods is not a co-operative, despite its name.',
      'Corrie Foods is not actually a co-op.',
      'Corrie Foods has never been a co-operative.',
      'Corrie Foods is not and has never been a co-operative.',
      'Corrie Foods is a private company, not a co-operative.',
    ],
  },
  {
    says: 'a body is a partnership',
    subject: 'org:hexley-partners',
    category: 'partnership',
    polarity: 'affirm',
    ways: [
      'Hexley Partners is a limited liability partnership.',
      'Hexley Partners, an LLP, advised the council.',
      'Hexley Partners is structured as a partnership.',
      'Hexley Partners was set up as a limited liability partnership in 2003.',
    ],
  },
];

/** Sentences that share a category's words but do not say the body is (or is not) one. */
const CATEGORY_LOOK_ALIKES: LookAlike[] = [
  { text: 'Tallowmere Trust works with charities across the county.', because: 'working with charities is not being one', not: { subject: 'org:tallowmere-trust', category: 'charity' } },
  { text: 'Greywick Leisure opened a charity shop on the high street.', because: 'a charity shop is a shop', not: { subject: 'org:greywick-leisure', category: 'charity' } },
  { text: 'Greywick Leisure is a charity shop with two tills.', because: 'a charity shop is a shop, whoever runs it', not: { subject: 'org:greywick-leisure', category: 'charity' } },
  { text: 'Corrie Foods is a co-operative partner of the council.', because: 'a co-operative partner is a partner', not: { subject: 'org:corrie-foods', category: 'co-operative' } },
  { text: 'Greywick Leisure behaves like a charity.', because: 'a likeness is not a status', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Greywick Leisure plans to become a charity next year.', because: 'a plan to become one is not being one', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Greywick Leisure is applying to become a charity.', because: 'an application is not a registration', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Greywick Leisure is a charity’s trading arm.', because: 'a charity’s trading arm is a company the charity owns', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Greywick Leisure is a partner of a charity in Leeds.', because: 'the charity is the other party', not: { subject: 'org:greywick-leisure', category: 'charity' } },
  { text: 'Greywick Leisure, a former charity, now trades for profit.', because: 'a former charity is not a charity now', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Greywick Leisure, a charity until 2010, now trades for profit.', because: 'a state that ended is not a state now', not: { subject: 'org:greywick-leisure', category: 'charity', polarity: 'affirm' } },
  { text: 'Set up as a pilot by Thornsby Council, Greywick Leisure ran for two years.', because: 'a fronted form is read of the first body named, here the council, and a pilot is no legal form', not: { subject: 'org:greywick-leisure' } },
  { text: 'Marlstone Homes sells homes to registered providers.', because: 'selling to them is not being one', not: { subject: 'org:marlstone-homes', category: 'registered-provider' } },
  { text: 'Calder Fold Services is not a council department but a council-owned company.', because: 'the denial is of the department, not of the company', not: { subject: 'org:calder-fold-services', category: 'council-owned-company', polarity: 'deny' } },
  { text: 'Corrie Foods supplies co-operatives in three counties.', because: 'supplying co-operatives is not being one', not: { subject: 'org:corrie-foods', category: 'co-operative' } },
  { text: 'Greywick Leisure is no stranger to controversy.', because: '"is no" denies only a known label', not: { subject: 'org:greywick-leisure' } },
  { text: 'Greywick Leisure applied for a charity number in 2019.', because: 'applying for a number is not holding one', not: { subject: 'org:greywick-leisure', category: 'charity' } },
  { text: 'Greywick Leisure asked donors for the charity number of Tallowmere Trust.', because: 'the number is the other body’s', not: { subject: 'org:greywick-leisure', category: 'charity' } },
  { text: 'Fennick Holdings is not a charity but owns a charity.', because: 'owning a charity is not being one', not: { subject: 'org:fennick-holdings', category: 'charity', polarity: 'affirm' } },
];

/** When something happened to a body or a person: its founding, registration, collapse, merger, closure. */
const DATE_FACTS: DateFact[] = [
  {
    says: 'a body was founded',
    subject: 'org:tallowmere-trust',
    attribute: 'date:founded',
    iso: '1998',
    ways: [
      'Tallowmere Trust was founded in 1998.',
      'Founded in 1998, Tallowmere Trust supports young carers.',
      'Tallowmere Trust, which was set up in 1998, supports young carers.',
      'Two district nurses set up Tallowmere Trust in 1998.',
      'Tallowmere Trust was established in 1998 by two district nurses.',
      'Since its foundation in 1998, Tallowmere Trust has supported 4,000 carers.',
      'Tallowmere Trust’s founding in 1998 followed a local campaign.',
    ],
  },
  {
    says: 'a body was set up by a department',
    subject: 'org:pelbury-regeneration',
    attribute: 'date:founded',
    iso: '2009-04',
    ways: [
      'Pelbury Regeneration was created in April 2009.',
      'The department set up Pelbury Regeneration in April 2009.',
      'Pelbury Regeneration came into being in April 2009.',
      'Pelbury Regeneration, established in April 2009, has spent £80m.',
      'Pelbury Regeneration was set up by the department in April 2009.',
    ],
  },
  {
    says: 'a body registered as a charity',
    subject: 'org:tallowmere-trust',
    attribute: 'date:became:charity',
    iso: '2004',
    ways: [
      'Tallowmere Trust registered as a charity in 2004.',
      'Tallowmere Trust became a registered charity in 2004.',
      'Tallowmere Trust was registered with the Charity Commission in 2004.',
      'Tallowmere Trust’s registration as a charity in 2004 let it claim Gift Aid.',
      'Tallowmere Trust has been a registered charity since 2004.',
      'In 2004 Tallowmere Trust became a charity.',
      'Tallowmere Trust was formally registered as a charity in 2004.',
      'Registered as a charity in 2004, Tallowmere Trust now has 40 staff.',
      'Tallowmere Trust, registered as a charity in 2004, has 40 staff.',
    ],
  },
  {
    says: 'a body became a community interest company',
    subject: 'org:penhallow-care',
    attribute: 'date:became:community-interest-company',
    iso: '2012',
    ways: [
      'Penhallow Care was converted into a community interest company in 2012.',
      'Penhallow Care, which became a community interest company in 2012, runs two nurseries.',
      'Penhallow Care converted to a CIC in 2012.',
      'Penhallow Care has been a community interest company since 2012.',
    ],
  },
  {
    says: 'a body went into administration',
    subject: 'org:greywick-leisure',
    attribute: 'date:administration',
    iso: '2019-06-12',
    ways: [
      'Greywick Leisure went into administration on 12 June 2019.',
      'Greywick Leisure entered administration on 12 June 2019.',
      'Greywick Leisure was placed in administration on 12 June 2019.',
      { text: 'Administrators were appointed to Greywick Leisure on 12 June 2019.', gap: true },
      'Greywick Leisure, which collapsed into administration on 12 June 2019, ran six pools.',
      { text: 'Greywick Leisure’s administration on 12 June 2019 left 200 staff unpaid.', gap: true },
    ],
  },
  {
    says: 'a body went into liquidation',
    subject: 'org:fennick-holdings',
    attribute: 'date:liquidation',
    iso: '2020-03',
    ways: [
      'Fennick Holdings went into liquidation in March 2020.',
      'Fennick Holdings entered compulsory liquidation in March 2020.',
      'Fennick Holdings was placed into liquidation in March 2020.',
      'Fennick Holdings was liquidated in March 2020.',
      'Fennick Holdings was wound up in March 2020.',
      'The liquidation of Fennick Holdings in March 2020 cost the council £3m.',
    ],
  },
  {
    says: 'two bodies merged',
    subject: 'org:orrin-valley-housing',
    attribute: 'date:merged:org:marlstone-homes',
    iso: '2016',
    ways: [
      'Orrin Valley Housing merged with Marlstone Homes in 2016.',
      'Orrin Valley Housing and Marlstone Homes merged in 2016.',
      'Orrin Valley Housing, which merged with Marlstone Homes in 2016, owns 9,000 homes.',
      'The merger of Orrin Valley Housing and Marlstone Homes in 2016 created the largest landlord in the county.',
      'Orrin Valley Housing completed its merger with Marlstone Homes in 2016.',
    ],
  },
  {
    says: 'a body closed',
    subject: 'org:calder-fold-services',
    attribute: 'date:dissolved',
    iso: '2018-03-31',
    ways: [
      'Calder Fold Services closed on 31 March 2018.',
      'Calder Fold Services closed its doors on 31 March 2018.',
      'Calder Fold Services ceased trading on 31 March 2018.',
      'Calder Fold Services was dissolved on 31 March 2018.',
      'Calder Fold Services shut down on 31 March 2018.',
      'The closure of Calder Fold Services on 31 March 2018 cost 40 jobs.',
    ],
  },
  {
    says: 'a body started trading on its own',
    subject: 'org:quillan-health-mutual',
    attribute: 'date:started',
    iso: '2011-04-01',
    ways: [
      'Quillan Health Mutual was launched on 1 April 2011.',
      'Quillan Health Mutual was spun out of the NHS on 1 April 2011.',
      'Quillan Health Mutual began trading on 1 April 2011.',
      'Quillan Health Mutual started operating on 1 April 2011.',
      'Since its launch on 1 April 2011, Quillan Health Mutual has grown to 700 staff.',
    ],
  },
  {
    says: 'a body took over another',
    subject: 'org:penhallow-care',
    attribute: 'date:took-over:org:rowan-lodge-nursery',
    iso: '2015-10-01',
    ways: [
      'Penhallow Care took over Rowan Lodge Nursery on 1 October 2015.',
      'Penhallow Care, which took over Rowan Lodge Nursery on 1 October 2015, runs two nurseries.',
      'Penhallow Care took over the running of Rowan Lodge Nursery on 1 October 2015.',
      'Rowan Lodge Nursery was taken over by Penhallow Care on 1 October 2015.',
      'Penhallow Care’s takeover of Rowan Lodge Nursery on 1 October 2015 saved 30 places.',
    ],
  },
  {
    says: 'a person took up a post',
    subject: 'person:ruth-amberly',
    attribute: 'date:appointed:org:tallowmere-trust',
    iso: '2017-03',
    ways: [
      { text: 'Ruth Amberly was appointed chief executive of Tallowmere Trust in March 2017.', gap: true },
      { text: 'Ruth Amberly became chief executive of Tallowmere Trust in March 2017.', gap: true },
      { text: 'Ruth Amberly joined Tallowmere Trust as chief executive in March 2017.', gap: true },
      { text: 'Ruth Amberly took up the post of chief executive of Tallowmere Trust in March 2017.', gap: true },
      { text: 'Ruth Amberly has led Tallowmere Trust since March 2017.', gap: true },
    ],
  },
];

/** Sentences with two events, or an event's words without the event: the wrong date must not be read. */
const DATE_LOOK_ALIKES: LookAlike[] = [
  { text: 'Tallowmere Trust was founded in 1998 and registered as a charity in 2004.', because: 'the second date is the registration’s', not: { subject: 'org:tallowmere-trust', attribute: 'date:founded', iso: '2004' } },
  { text: 'Greywick Leisure, founded in 1987, went into administration in 2019.', because: 'the second date is the administration’s', not: { subject: 'org:greywick-leisure', attribute: 'date:founded', iso: '2019' } },
  { text: 'Greywick Leisure, founded in 1987, went into administration in 2019.', because: 'the first date is the founding’s', not: { subject: 'org:greywick-leisure', attribute: 'date:administration', iso: '1987' } },
  { text: 'Greywick Leisure emerged from administration in 2020.', because: 'leaving administration is not entering it', not: { subject: 'org:greywick-leisure', attribute: 'date:administration' } },
  { text: 'Greywick Leisure warned in 2019 that it could go into administration.', because: 'a warning is not the event', not: { subject: 'org:greywick-leisure', attribute: 'date:administration' } },
  { text: 'Greywick Leisure avoided administration in 2019.', because: 'avoiding it is not entering it', not: { subject: 'org:greywick-leisure', attribute: 'date:administration' } },
  { text: 'Calder Fold Services closed its Leeds office in 2015.', because: 'an office closed, not the body', not: { subject: 'org:calder-fold-services', attribute: 'date:dissolved' } },
  { text: 'Orrin Valley Housing called off its planned merger with Marlstone Homes in 2014.', because: 'a merger called off never happened', not: { subject: 'org:orrin-valley-housing', attribute: 'date:merged:org:marlstone-homes' } },
  { text: 'Orrin Valley Housing first discussed a merger with Marlstone Homes in 2014.', because: 'a discussion is not a merger', not: { subject: 'org:orrin-valley-housing', attribute: 'date:merged:org:marlstone-homes' } },
  { text: 'Quillan Health Mutual launched a walking scheme in 2013.', because: 'launching a scheme is not the body’s start', not: { subject: 'org:quillan-health-mutual', attribute: 'date:started' } },
  { text: 'Tallowmere Trust plans to register as a charity in 2027.', because: 'a plan is not a registration', not: { subject: 'org:tallowmere-trust', attribute: 'date:became:charity' } },
  { text: 'Tallowmere Trust has worked with charities since 2004.', because: 'working with charities is not becoming one', not: { subject: 'org:tallowmere-trust', attribute: 'date:became:charity' } },
  { text: 'Thornsby Council’s administration in 2019 cut the library budget.', because: 'a council’s administration is its ruling group', not: { subject: 'org:thornsby-council', attribute: 'date:administration' } },
  { text: 'Greywick Leisure could go into administration in 2020.', because: 'what could happen has not happened', not: { subject: 'org:greywick-leisure', attribute: 'date:administration' } },
  { text: 'Orrin Valley Housing plans to merge with Marlstone Homes in 2026.', because: 'a plan to merge is not a merger', not: { subject: 'org:orrin-valley-housing', attribute: 'date:merged:org:marlstone-homes' } },
  { text: 'Tallowmere Trust is a registered charity in England and was founded in 1998.', because: 'being a charity is not becoming one in the year of another event', not: { subject: 'org:tallowmere-trust', attribute: 'date:became:charity' } },
  { text: 'Tallowmere Trust became a partner of a charity in 2004.', because: 'the charity is the other party', not: { subject: 'org:tallowmere-trust', attribute: 'date:became:charity' } },
  { text: 'The closure of Calder Fold Services’ Leeds depot in 2015 cost 12 jobs.', because: 'a depot closed, not the body', not: { subject: 'org:calder-fold-services', attribute: 'date:dissolved' } },
  { text: 'Fennick Holdings wound up its pension scheme in 2020.', because: 'the scheme was wound up, not the company', not: { subject: 'org:fennick-holdings', attribute: 'date:liquidation' } },
  { text: 'Orrin Valley Housing and Marlstone Homes merged their repairs teams in 2016.', because: 'two teams merged, not the bodies', not: { subject: 'org:orrin-valley-housing', attribute: 'date:merged:org:marlstone-homes' } },
  { text: 'Calder Fold Services shut down the depot in 2015.', because: 'the depot shut, not the body', not: { subject: 'org:calder-fold-services', attribute: 'date:dissolved' } },
  { text: 'The parent of Greywick Leisure went into administration in 2019.', because: 'the parent went into administration', not: { subject: 'org:greywick-leisure', attribute: 'date:administration' } },
  { text: 'Rowan Lodge Nursery was taken over by Penhallow Care on 1 October 2015.', because: 'the nursery is what was taken over, not the taker', not: { subject: 'org:rowan-lodge-nursery' } },
  { text: 'Fennick Holdings bought a company that had gone into liquidation in 2020.', because: 'the liquidation is the other company’s', not: { subject: 'org:fennick-holdings', attribute: 'date:liquidation' } },
];

function matches(c: Claim, not: LookAlike['not']): boolean {
  if (c.subject !== not.subject) return false;
  if (not.attribute !== undefined && c.attribute !== not.attribute) return false;
  const category = categoryOf(c);
  if (not.category !== undefined && category?.category !== not.category) return false;
  if (not.polarity !== undefined && category?.polarity !== not.polarity) return false;
  if (not.iso !== undefined && isoOf(c) !== not.iso) return false;
  return true;
}

/** `it` for a wording read today, `it.fails` for a known gap (which fails the suite once it is read). */
const spec = (way: Way): typeof it | typeof it.fails => (isGap(way) ? it.fails : it);

describe('what a body is, however it is said', () => {
  for (const fact of CATEGORY_FACTS) {
    describe(`${fact.says} (${fact.category}, ${fact.polarity})`, () => {
      for (const way of fact.ways) {
        spec(way)(`reads “${textOf(way)}”`, () => {
          const found = claimsOf(textOf(way)).filter((c) => c.subject === fact.subject).map(categoryOf).filter((c) => c?.category === fact.category);
          expect(found.map((c) => c!.polarity)).toContain(fact.polarity);
          expect(found.map((c) => c!.polarity)).not.toContain(fact.polarity === 'affirm' ? 'deny' : 'affirm');
        });
      }
    });
  }
  describe('look-alikes give no such claim', () => {
    for (const look of CATEGORY_LOOK_ALIKES) {
      it(`“${look.text}”: ${look.because}`, () => {
        // what the body is, not what it did: "Greywick Leisure ran for two years" is an act (actsDone.ts), no form
        expect(claimsOf(look.text).filter((c) => !c.attribute.startsWith('act:') && matches(c, look.not))).toEqual([]);
      });
    }
  });
});

describe('when something happened, however it is said', () => {
  for (const fact of DATE_FACTS) {
    describe(`${fact.says} (${fact.attribute} ${fact.iso})`, () => {
      for (const way of fact.ways) {
        spec(way)(`reads “${textOf(way)}”`, () => {
          const found = claimsOf(textOf(way)).filter((c) => c.subject === fact.subject && c.attribute === fact.attribute);
          expect(found.map(isoOf)).toContain(fact.iso);
          expect(found.map(isoOf).filter((iso) => iso !== fact.iso)).toEqual([]);
        });
      }
    });
  }
  describe('look-alikes give no such date', () => {
    for (const look of DATE_LOOK_ALIKES) {
      it(`“${look.text}”: ${look.because}`, () => {
        // what the body is, not what it did: "Greywick Leisure ran for two years" is an act (actsDone.ts), no form
        expect(claimsOf(look.text).filter((c) => !c.attribute.startsWith('act:') && matches(c, look.not))).toEqual([]);
      });
    }
  });
});
