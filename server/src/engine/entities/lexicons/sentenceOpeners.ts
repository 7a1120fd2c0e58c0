// Capitalised only because they open a sentence or a heading: never the first word of a name.
// "Take" and "Consider" open the examples of argued writing ("Take Kelby Community Energy, …"),
// "Copyright" a page's notice ("Copyright Kelby Trust 2020").

const OPENERS = `
a an the and but or so yet also then now today yesterday tomorrow meanwhile however moreover
furthermore therefore thus hence instead indeed still even only just both either neither
in at on by for from with without under over after before during since until as if when while
although though because unless whether where whereas which who whom whose what how why
our your their his her its my this that these those there here it he she they we i you
many most some several few all every each any no not none other others another such
said says speaking including according unlike like despite through following within across among
between against towards toward upon via per dear hi hello thanks please yes ok
last next
take consider copyright
`;

export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(OPENERS.split(/\s+/).filter((word) => word.length > 0));
