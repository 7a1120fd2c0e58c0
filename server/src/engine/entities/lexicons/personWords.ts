import { KeyList } from '../../text/tokens';

// Words around people's names: honorifics (outside the name span and not roles, RULES.md), role
// titles, verbs of speech. Lower case, straight apostrophes.

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const HONORIFICS = words(`
dr mr mrs ms miss mx prof professor sir dame lord lady baroness baron rev revd reverend cllr
councillor rt hon fr father sister brother canon rabbi imam
`);
/**
 * Honorifics of several people at once: "Present: Councillors Jo Bell (Chair), Sam Lowe". They head
 * a list of names, never a name, and no name follows them often enough (a headline's "Councillors
 * Back Plan") to read the next words as one: they only let a given name start after them.
 */
export const PLURAL_HONORIFICS = words(`councillors cllrs messrs`);
/** HONORIFICS as a KeyList, for the pass that tests every capitalised token. */
export const HONORIFIC_KEYS = new KeyList(HONORIFICS);

/** Nouns that head a title: "Health Secretary", "Managing Director", "chairman", "Secretary General". */
export const ROLE_HEADS = words(`
secretary minister director chairman chairwoman chair chairperson chief executive president
vice-president vice-chair vice-chancellor editor-in-chief pro-vice-chancellor vice-chairman vice-chairwoman leader head spokesman spokeswoman spokesperson founder co-founder officer manager
commissioner governor mayor editor correspondent economist adviser advisor analyst trustee
treasurer deputy councillor mp mep msp chancellor principal dean coordinator co-ordinator convenor
organiser organizer fellow lecturer campaigner ceo md cfo coo partner owner secretary-general
general-secretary under-secretary registrar ombudsman inspector auditor controller comptroller regulator
premier lead clerk speaker whip reporter journalist columnist researcher exec official
constable superintendent sergeant
nurse gp prescriber practitioner pharmacist surgeon physician midwife representative engineer surveyor
accountant solicitor planner
`);

/**
 * Heads that name an occupation as well as a post: "a nurse for years" says what someone does,
 * "our practice nurse" or "salaried GP" the post they hold. Alone after "a" they are no title.
 */
export const OCCUPATION_HEADS = words(`
nurse gp prescriber practitioner pharmacist surgeon physician midwife engineer surveyor accountant solicitor planner
`);

/**
 * Portfolios and fields that qualify a title: "care minister", "Health Reporter", "Director of
 * Finance", "head of health". They only count next to a title word.
 */
export const PORTFOLIO_WORDS = words(`
health care housing education justice home foreign business culture transport environment work pensions
treasury finance financial policy communications social adult children schools science trade defence energy
equalities digital local public community nursing mental employment skills welfare operations strategy
research campaigns fundraising development people services quality safety governance legal planning
economic economics political politics europe european affairs external corporate human resources hr
commissioning performance transformation innovation partnerships programmes investment marketing media press
young older families adults disabled disabilities wellbeing homelessness regeneration learning inclusion youth
communities neighbourhoods leisure arts sport tourism heritage libraries democracy
climate sustainability infrastructure highways roads rail railways buses aviation cycling parks waste
recycling licensing safeguarding procurement property assets resources
employee worker
democratic electoral
`);

/**
 * The area an office serves, right before its head: "Town Clerk", "Town Mayor", "County Surveyor",
 * "Borough Solicitor", "Country Manager" (of a company's national arm). Not portfolio words: before
 * anything but a title word they name places and bodies ("Brantmoor District Energy").
 */
export const OFFICE_AREAS = words(`town city county borough parish district country`);

/**
 * Bodies whose members hold a post by sitting on them: "cabinet member", "board member". "member"
 * alone ("a member of the public", "a member of Unite") is not a title, so it heads one only after
 * one of these.
 */
export const MEMBER_BODIES = words(`
cabinet board committee council executive panel
`);

/** Words that qualify a role head without being one: "Managing Director", "Shadow Health Secretary". */
export const ROLE_MODIFIERS = words(`
managing chief deputy executive senior general acting interim shadow junior vice assistant
principal lead joint national regional policy finance medical clinical operations operating programme
former outgoing incoming founding honorary permanent parliamentary under-secretary state branch group
salaried practice project industrial associate advanced specialist registered
`);

/** Verbs that report speech or a view, after or before a name: "Andrew Lansley told", "said Mr Mayo". */
export const SPEECH_VERBS = words(`
said says told added argued explained warned commented admitted claimed insisted noted stated
believes believed writes wrote suggested urged announced revealed confirmed acknowledged
asked replied responded pointed declared stressed emphasised emphasized called welcomed
`);

/** Verbs that may follow a lone given name that is really a person ("David is also talking"). */
export const VERBS_AFTER_NAME = words(`
is was has had will would can could should did does also thinks thought says said told knows
knew wants wanted feels felt believes believed writes wrote argues argued added explained
`);

/**
 * Letters written after a person's name and never after a body's: a seat in a parliament or
 * assembly, a barrister's rank, an honour ("Jo Bell MP", "Sam Lowe QC", "Ann Fry OBE").
 */
export const POST_NOMINALS = words(`
mp mep msp mla qc kc obe mbe cbe dbe kbe
`);
export const POST_NOMINAL_KEYS = new KeyList(POST_NOMINALS);

/** Months and weekdays: capitalised, but never a surname. */
export const CALENDAR_WORDS = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Words that close the names of things a text names in capitals (publications, schemes, plans,
 * events: "Housing Review", "Summer Reading Challenge", "Fair Pay Campaign"), never a surname.
 */
export const THING_NAME_WORDS = words(`
review challenge programme program scheme strategy report festival campaign initiative plan
awards award prize bulletin digest weekly monthly quarterly summit conference
`);

/**
 * Trades that close the names of businesses ("Fenby Learning", "Marton Training", "Axe Logistics"):
 * gerunds and nouns of an activity, never a surname (unlike "Browning" or "Fielding").
 */
export const TRADE_NAME_WORDS = words(`
learning training consulting consultancy solutions engineering recruitment logistics catering cleaning construction
`);

/** ROLE_HEADS and SPEECH_VERBS as KeyLists: findPeopleByContext asks them of the words around every capitalised run. */
export const ROLE_HEAD_KEYS = new KeyList(ROLE_HEADS);
export const SPEECH_VERB_KEYS = new KeyList(SPEECH_VERBS);
