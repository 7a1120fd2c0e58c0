// Words that make or unmake an organisation name. All keys are lower case with straight apostrophes.

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

/** The word that makes a town's name a local paper's ("Tarn Advertiser", "Ostrey Courier"): also how claims tell a news outlet. */
export const LOCAL_PAPER_WORDS = words(`advertiser chronicle courier mercury echo argus sentinel examiner`);

/**
 * Head nouns that end an organisation's name ("Employee Ownership Association", "Quebec University",
 * "Circle Health Partnership"). A capitalised sequence ending in one of these is an organisation if
 * something in front of it is a distinguishing name rather than another generic word. The NHS's
 * local bodies are named by their area and the acronym of their kind ("Dunmere CCG", "Corrow PCT"):
 * alone the acronym is only the kind (see NOT_ORGANISATION_ACRONYMS), after a place it is a head.
 * Local papers are named by their town and a paper's word ("Tarn Advertiser", "Ostrey Courier"),
 * football clubs by their town and a club's word ("Tarn Rovers", "Ostrey FC"): the word makes the name.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  ...words(`
ltd limited plc llp llc inc corp corporation co company companies group holdings ab ag gmbh nv bv oyj
trust trusts partnership partnerships association associations party office council councils consortium
fund alliance foundation institute institution society union unions agency commission authority
department ministry university college school academy board committee inspectorate
federation confederation coalition network forum centre center bureau service services
health healthcare care bank bancorp capital ventures investments partners advisers consultants
enterprises industries international uk cic cooperative co-operative co-op co-ops cooperatives co-operatives
mutual charity club league guild collective movement project trustees fabians press publishing media
news times gazette herald journal magazine broadcasting radio television tv business
rovers wanderers fc afc
hospice
ccg pct csu icb stp
regulator ombudsman
police constabulary panel
`),
  ...LOCAL_PAPER_WORDS,
]);

/**
 * Legal-form suffixes: they state how the body in front of them is registered, nothing more. Also
 * the forms of companies registered abroad that British texts name ("Nordvik AB", "Fenner AG",
 * "Holt GmbH", "Van Dijk NV").
 */
export const LEGAL_SUFFIXES = words(`ltd limited plc llp llc inc corp cic lp ab ag gmbh nv bv oyj`);

/** Legal forms written out in words, matched on the last words of a name (lower case). */
export const LEGAL_PHRASES: readonly (readonly string[])[] = [
  ['community', 'interest', 'company'],
  ['limited', 'liability', 'partnership'],
  ['public', 'limited', 'company'],
];

/**
 * Words that name the corporate body itself rather than what it does: "Greywell Capital", "Acme
 * Holdings", "Brook Group", "Harbour Ventures". Everyone calls these bodies by the word in front.
 */
export const CORPORATE_WORDS = words(`capital holdings group company ventures investments partners enterprises`);

/**
 * Descriptive trailing words that brands add and drop freely ("Circle Health Partnership",
 * "Circle Healthcare", "Circle Health" are all "Circle"). Stripping them gives the merge key.
 */
export const DESCRIPTIVE_SUFFIXES = words(`health healthcare care partnership partnerships group holdings uk`);

/**
 * Heads of institutions that are whole bodies in their own right: a college, a university, a
 * school, a trust. A corporate word after one ("Tarnside College Group", "Fenby Academies Trust
 * Holdings") makes a new body formed around or over the institution (colleges merge into a group
 * named after one of them), so it is part of the name, not a word people drop.
 */
export const INSTITUTION_HEADS = words(`college colleges university universities school schools academy academies trust trusts council`);

/**
 * Words that open an organisation's name and take an "of/for" complement
 * ("Department of Health", "Royal Borough of Kensington and Chelsea", "Institute for Fiscal Studies").
 */
export const ORGANISATION_OPENERS = words(`
department ministry office borough council university bank institute institution college school
commission authority agency board society federation confederation association coalition federation
trust fund foundation centre center chamber court house church academy league union
inspectorate regulator ombudsman friends
`);

/**
 * Capitalised words that do not distinguish one body from another: a name made only of these
 * ("the Foundation Trust", "the Government", "Local Authority") is a generic reference.
 */
export const GENERIC_NAME_WORDS = words(`
the a an our your their its this that these those his her my every each any all some new old
government state public private national local regional central general royal federal civil
foundation trust nhs primary secondary community voluntary social independent big small
council office department ministry agency board committee authority service services
organisation organisations body bodies sector membership members member first second
north south east west northern southern eastern western
`);

/** Capitalised phrases that look like organisations but are programmes, slogans, concepts or events. */
export const NOT_ORGANISATIONS = new Set([
  'big society',
  'civil society',
  'civil service',
  'third sector',
  'voluntary sector',
  'private sector',
  'public sector',
  'social enterprise',
  'sure start',
  'right to provide',
  'rights to provide',
  'right to request',
  'coalition government',
  'government',
  'whitehall',
  'westminster',
  'foundation trust',
  'foundation trusts',
  'primary care trust',
  'primary care trusts',
  'health service',
  'national health',
  'welfare state',
  'work programme',
  'pathfinder programme',
  'comment date',
  'press release',
  'related events',
  'key measures',
  'university challenge',
]);

/**
 * All-capital tokens that are not organisations: places, classes of body, programmes, units,
 * shouted words and common abbreviations; also regulations and pension schemes named by their
 * initials (TUPE, the transfer of staff rules; LGPS, the councils' pension scheme).
 */
export const NOT_ORGANISATION_ACRONYMS = words(`
uk gb us usa uae eu-wide
gp gps pct pcts ccg ccgs csu ics icb icbs stp stps qipp qof pbr cquin pfi pfis ppp kpi kpis
bs ok no nb ps re am pm bst gmt utc etc aka ie eg vs fyi faq faqs rsvp tbc tba
ceo cfo coo cto md mp mps mep meps msp msps am ms qc kc obe mbe cbe frs phd msc ba ma bsc llb
it ict ai hr pr tv dvd cd pc pdf url www html uk-wide
a&e icu ae hiv aids covid sars mrsa adhd ptsd bmi nhs-funded
vat gdp gnp cpi rpi tax isa isas
mb kb gb tb km kg mph ft
agm egm aob agms
i ii iii iv v vi vii viii ix x xi xii
not and the or but all any yes new now only also free more most less very one two
cic llp plc ltd llc
ends
tupe lgps
roi fte ftes wte sbrr frn crn pcc pccs
`);

/** Organisation class nouns: "businesses such as X", "firms like X", "contractors, X, Y and Z". */
export const ORGANISATION_CLASS_NOUNS = words(`
businesses companies firms corporations organisations organizations charities providers contractors
outsourcers employers retailers banks insurers groups bodies agencies consultancies think-tanks tanks
mutuals co-operatives cooperatives co-ops enterprises partnerships trusts unions parties publishers
newspapers broadcasters funders investors suppliers operators multinationals giants
business company firm corporation organisation organization charity provider contractor outsourcer
employer retailer bank insurer group body agency consultancy think-tank tank mutual co-operative
cooperative co-op enterprise partnership union party publisher newspaper broadcaster funder investor
supplier operator multinational pollster help-line helpline hotline service website network campaign
watchdog watchdogs regulator regulators
`);

/** Places and nationalities that must not be taken for organisations by context cues alone. */
export const PLACE_NAMES = words(`
uk britain england scotland wales ireland london europe america africa asia japan spain france germany
italy china india canada australia netherlands belgium sweden norway denmark finland usa quebec
manchester birmingham leeds liverpool bristol newcastle sheffield glasgow edinburgh cardiff belfast
somerset surrey kent essex yorkshire lancashire devon cornwall hackney westminster camden islington
lambeth southwark tower hamlets richmond tyneside tynemouth
`);

/** A name followed by one of these modifies it: "the Pathfinder programme", "the Voice conference". */
export const NAME_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'programme', 'program', 'scheme', 'project', 'initiative', 'strategy', 'plan', 'pilot', 'model', 'approach',
  'agenda', 'policy', 'bill', 'act', 'campaign', 'conference', 'event', 'report', 'review', 'inquiry', 'style',
  'system', 'framework', 'pathway', 'fund', 'award', 'awards', 'day', 'week', 'summit', 'debate',
]);

/**
 * Gerunds that open the names of government programmes, which are named as what they set out to do
 * ("Transforming Community Services", "Improving Access to Psychological Therapies", "Supporting
 * People"). A name opening with one is a programme, not an organisation.
 */
export const PROGRAMME_GERUNDS = words(`
transforming improving supporting building delivering developing creating tackling reforming modernising
modernizing strengthening integrating making putting protecting promoting enabling empowering changing raising
reducing preventing connecting shaping valuing achieving extending expanding widening closing ending
`);

/** Buildings where care happens: "Harbour General Hospital" is a venue (RULES.md), not a body. */
export const VENUE_WORDS = words(`hospital hospitals infirmary clinic surgery`);

/** Words that title a newspaper after a periodical word ("Evening Post", "Daily Echo"). */
export const NEWSPAPER_WORDS = words(`post echo chronicle mail telegraph express mirror star standard argus courier advertiser record sentinel`);
export const PERIODICAL_WORDS = words(`evening daily morning weekly sunday`);
