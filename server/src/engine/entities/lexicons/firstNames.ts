import { KeyList } from '../../text/tokens';

// Common given names in the UK (a general list, drawn from the names most often registered over the
// last seventy years plus common names of the UK's larger communities). It is a signal, not a
// gazetteer of people: a known given name followed by a capitalised word is probably a person.
// Names that are also everyday English words are listed separately so that they need stronger
// evidence (a following surname) and never count on their own.

const GIVEN_NAMES = `
aaron abdul abdullah abigail adam adrian ahmed aidan aileen alan alana alastair albert alex alexander
alexandra alfie alfred ali alice alison alistair amanda amber amelia amir amit amy andrea andrew andy
angela angus anita ann anna anne annette anthony anton antony anya arthur asif ashley aziz barbara barry
beatrice ben benedict benjamin bernard beth bethany betty beverley bilal billy bob bobby brenda brendan
brian bridget bruce bryan callum calum cameron carl carla carol caroline carolyn catherine cathy charles
charlie charlotte cheryl chloe chris christian christina christine christopher claire clare colin conor
craig daisy dale damian dan daniel danielle danny darren dave david dawn dean deborah debbie declan
deepak denis dennis derek diana diane dominic donald donna dorothy doug douglas duncan dylan ed eddie
edward eileen elaine eleanor elizabeth ella ellie emily emma eric erin ethan eve evelyn farah fatima
fiona francesca francis frank fraser freddie frederick gail gareth gary gavin gemma geoff geoffrey
george georgia gerald gerry gillian gordon graham greg gregory guy gwen hamish hannah harold harriet
harry hassan hazel heather helen henry hilary howard hugh hussain iain ian imran irene isaac isabel
isabella isla ivan jack jacob jacqueline jake james jamie jan jane janet janice jason jayne jean jeff
jeffrey jennifer jenny jeremy jessica jill jim jimmy joan joanna joanne jodie joe joel john jon jonathan
jordan joseph josephine josh joshua judith judy julia julian julie justin karen kate katherine kathleen
kathryn katie kay keith kelly kenneth kevin kieran kim kirsty laura lauren lee leo leon lesley leslie
liam linda lindsay lisa liz lorna lorraine louise lucy luke lydia lynn lynne mahmood malcolm mandy
manoj margaret maria marian marie marion martin martyn mary matt matthew maureen max megan melanie
michael michelle mike mohamed mohammed mohammad molly muhammad nadia naomi natalie nathan neil niall
nicholas nick nicola nicole nigel nikki noah norman oliver olivia omar owen paddy pam pamela patricia
patrick paul paula pauline penny peter philip phillip phil pippa polly priya priti rachel rahul raj rajesh
ralph ravi rebecca richard rita rob robert robin rodney roger ronald rory ross roy ruth ryan sadiq
sajid sally sam samantha samuel sandra sanjay sarah sean shabana shahid shaun sharon sheila shirley
simon sinead siobhan sonia sophie stanley stella stephanie stephen steve steven stuart sue sunil susan
suzanne tanya tara teresa terry theresa thomas tim timothy toby tom tommy tony tracey tracy trevor
valerie vanessa vernon veronica vicky victoria vince vincent vivienne wendy william yasmin yvonne zara
zoe ayesha jeremiah kwame kofi chidi ngozi wei li mei jun hiroshi yusuf ibrahim khalid tariq nasreen
kath kathy jo bev pete jen jenni rosie gill les ken kenny len ron ronnie reg stan sid ted val viv maggie
meg peggy nell nora norma olive rhona rhian rhys sian dai huw iwan dafydd gethin eilidh morag fergus ewan
euan shona lachlan aoife niamh ciara seamus padraig cormac orla ronan aisling grainne tamsin tess tessa
hattie beth bea jess jessie kerry leanne lindsey marcus martha nina oscar phoebe rupert russell sophia
stacey stefan stewart suzy tina tristan vera warren wayne gemma glenn glen harvey hugo ivor jock kirk
lewis lorna lyn marjorie maxine mick mickey moira muriel nigel noel norah pat patsy ricky rhiannon
rosemary rosalind sheila sonya stuart sylvia tom val wendy yvette zainab zahra hamza aisha mariam
`;

/** Given names that are also common words or months: they never make a person on their own. */
const AMBIGUOUS_GIVEN_NAMES = `
will mark may june april august bill grace hope joy rose faith sky summer dawn drew rich jack lance
chase hunter art gene miles earl sterling page pat ray sunny ivy holly iris penny ruby jade crystal
`;

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const FIRST_NAMES: ReadonlySet<string> = toSet(GIVEN_NAMES + AMBIGUOUS_GIVEN_NAMES);
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = toSet(AMBIGUOUS_GIVEN_NAMES);
/** FIRST_NAMES as a KeyList, for the passes that test every capitalised token: a bit test per word form. */
export const FIRST_NAME_KEYS = new KeyList(FIRST_NAMES);
