// Nouns that decide whether a numeral counts people or organisations (a quantity, RULES.md) or
// something else (a duration, a sum, a count of things). Lower case.

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

/** Heads of a counted noun phrase that denote people or organisations. */
export const COUNTED_HEADS = words(`
people persons person individuals staff employees employee workers worker members member volunteers
nurses doctors gps clinicians consultants surgeons midwives paramedics therapists pharmacists dentists
professionals practitioners managers directors executives officials officers civil-servants
patients residents adults children kids babies infants teenagers youngsters pupils students graduates
users carers citizens households families parents mothers fathers women men girls boys pensioners
claimants recipients beneficiaries customers clients tenants voters taxpayers londoners
trustees governors apprentices shareholders investors owners co-owners partners delegates attendees participants respondents applicants
teachers academics researchers experts leaders commissioners councillors ministers mps peers lords
campaigners activists supporters signatories subscribers readers listeners viewers speakers
migrants refugees asylum-seekers prisoners offenders victims survivors veterans elders
organisations organizations charities companies firms businesses employers enterprises co-ops
co-operatives cooperatives mutuals providers contractors subcontractors sub-contractors suppliers
practices trusts councils authorities agencies bodies groups associations unions institutions
universities colleges schools consortia consortiums partnerships social-enterprises think-tanks
bidders operators multinationals corporations insurers banks retailers funders foundations
advisers advisors callers borrowers sponsors learners trainees visitors passengers donors
chains academies
tutors lecturers instructors trainers mentors coaches counsellors inspectors representatives reps
colleagues inmates detainees jobseekers commuters travellers drivers engineers cleaners airlines carriers
fitters technicians operatives mechanics electricians plumbers labourers carpenters porters guards
assistants administrators caseworkers coordinators specialists librarians wardens firefighters
swimmers runners cyclists players fans spectators athletes walkers riders
cooks chefs caterers supervisors dockers nominees landlords constituents grandchildren grandparents
hospices societies forces clubs
`);

/**
 * Plural acronyms (written in capitals, "CCGs") of the kinds of public bodies and office-holders that British policy texts count
 * ("all 21 CRCs", "211 CCGs", "40 NGOs"): each names a class of organisation or person, so a
 * numeral before it counts bodies or people, as before "trusts" or "councils". Lower case.
 */
export const COUNTED_ACRONYMS = words(`
ccgs pcts shas crcs cics ngos smes leps las lpas rsls heis fecs mats icss icbs pcns csus
ndpbs albs quangos vcses csos cvss msps meps mlas ams mps gps
`);

/**
 * Nouns after which a numeral is not a quantity: time, money, measures and countable things.
 * Meeting one of these first ends the search for a counted head.
 */
export const NON_COUNTING_HEADS = words(`
years year months month weeks week days day nights night hours hour minutes minute seconds decades decade
centuries century times time fold percent per cent pence pounds pound euros dollars quid
shares share stakes votes seats miles mile metres meters kilometres km kg tonnes litres acres
hectares degrees points reports report pages page chapters articles comments comment books
words items things steps ways ideas reasons examples questions answers cases calls visits
appointments operations procedures admissions beds sites homes houses buildings hospitals wards
contracts projects schemes services programmes meetings events sessions jobs posts roles places
tenders bids letters emails responses submissions recommendations proposals principles priorities
lessons objectives measures targets indicators bullet tips facts myths rules laws acts bills
pilots areas regions countries boroughs towns cities districts wards billion million thousand
`);

/** Words that end a counted noun phrase: function words and verbs seen right after numerals. */
export const PHRASE_BREAKERS = words(`
the a an of in on at to for from by with into onto over under about as than that which who whom
whose this these those and or but nor so if then because while when where is are was were be been
being has have had will would can could should may might must do does did not no per each every
more most less fewer such there their its our your his her them they we you it up down out off
`);

/** Determiners between "of" and the counted noun: "10 of the larger voluntary organisations". */
export const PARTITIVE_DETERMINERS = words(`the our their its these those his her your my`);

/** Spelled-out numbers, capitalised in titles ("NHS Five Year Forward View"): never a place or a name. */
export const NUMBER_WORDS = words(`
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million billion first second third fourth fifth
`);

/** Words that introduce a reference number, not a count: "registered charity no. 1094417", "company number 0123". */
export const IDENTIFIER_WORDS = words(`
number no num ref reference registration registered reg code id tel telephone phone fax account
`);
