// Registration with a regulator's register, read as a classification claim.
// Charities: in the UK a registered charity is one on the register kept by the Charity Commission
// (England and Wales), the Scottish Charity Regulator (OSCR) or the Charity Commission for Northern
// Ireland, so a text that says a body "has never been on the Charity Commission register" or "is
// not registered with the Charity Commission" denies what another calls "a registered charity",
// and "is registered with the Charity Commission" affirms it. The vocabulary folds "registered
// charity" into charity; the denial is marked hedged because an exempt charity (some universities
// and community benefit societies) is a charity that no register lists.
// Societies: co-operative and community benefit societies are registered with the Financial
// Conduct Authority (the Financial Services Authority before 2013), which keeps their register
// (the Mutuals Public Register), so "has never appeared on the FCA's register of societies" denies
// what another calls "a community benefit society" (category registered-society). Not hedged: a
// society exists only by that registration.
//   "X has never been on the Charity Commission register"       → X category charity, deny (hedged)
//   "X, which is not registered with the Charity Commission"    → the same
//   "X is registered with the Charity Commission"               → X category charity, affirm
//   "it does not appear on the FCA's register of societies"     → X category registered-society, deny
//   "X is not registered with the Regulator of Social Housing"  → X category registered-provider, deny

import { joinCensus, tokensHolding } from '../../text/tokenCensus';
import { FormTest } from '../../text/tokens';
import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;

interface Register {
  /** The names a register goes by (case as written), found before any pattern is tried. */
  names: readonly string[];
  /** From the end of a name (or its ", which") to the end of the register's name. */
  onRegister: RegExp;
  category: string;
  /** Whether a denial leaves room for a body of the kind that no register lists. */
  hedgedDenial: boolean;
}

/**
 * "is (not) on REGISTER", "has never been on", "does not appear on", "registered with REGULATOR",
 * "is a community benefit society registered with REGULATOR" (the kind named on the way), also as
 * the second half of a coordinated predicate ("was founded in 2014 and is registered with …").
 */
function onRegisterPattern(register: string, regulator: string): RegExp {
  return new RegExp(
    `^(?:,?${S}*(?:which|that)${S}+)?(?:${S}+(?:is|was|has${S}+been|had${S}+been)${S}+[^,;:.!?()“”"]{1,80}?${S}+and)?` +
      `(?:${S}*(?:(?<verb>is|was|has${S}+been|had${S}+been|has|had|does|did)(?<neg>${S}+(?:not|never)(?:${S}+been)?)?))` +
      `${S}+(?<appear>(?:appeared|appear|listed)${S}+)?(?:(?:on|in)${S}+${register}|(?:an?${S}+(?:[\\p{L}-]+${S}+){1,4}?)?registered${S}+(?:with|by)${S}+${regulator})`,
    'iu',
  );
}

const CHARITY_REGULATOR = `(?:the${S}+)?(?:Charity${S}+Commission(?:${S}+for${S}+Northern${S}+Ireland)?|Scottish${S}+Charity${S}+Regulator|OSCR)`;
const CHARITY_REGISTER = `(?:(?:the${S}+)?${CHARITY_REGULATOR}(?:['’]s?)?${S}+register(?:${S}+of${S}+charities)?|the${S}+register${S}+of${S}+charities)`;
const SOCIETY_REGULATOR = `(?:the${S}+)?(?:Financial${S}+(?:Conduct|Services)${S}+Authority|FCA|FSA)`;
const SOCIETY_REGISTER = `(?:(?:the${S}+)?${SOCIETY_REGULATOR}(?:['’]s?)?${S}+(?:register(?:${S}+of${S}+(?:mutual${S}+)?societies)?|Mutuals${S}+Public${S}+Register)|the${S}+(?:register${S}+of${S}+(?:mutual${S}+)?societies|Mutuals${S}+Public${S}+Register))`;

// Social landlords: a registered provider of social housing is one on the register kept by the
// Regulator of Social Housing (before it, the Homes and Communities Agency from 2012 and the Tenant
// Services Authority from 2008), so "is not registered with the Regulator of Social Housing" denies
// what another calls "a registered provider". Not hedged: the status is the registration.
const HOUSING_REGULATOR = `(?:the${S}+)?(?:Regulator${S}+of${S}+Social${S}+Housing|RSH|Homes${S}+and${S}+Communities${S}+Agency|HCA|Tenant${S}+Services${S}+Authority|TSA)`;
const HOUSING_REGISTER = `(?:(?:the${S}+)?${HOUSING_REGULATOR}(?:['’]s?)?${S}+register(?:${S}+of${S}+(?:social${S}+housing${S}+)?providers)?|the${S}+register${S}+of${S}+(?:social${S}+housing${S}+)?providers)`;

const REGISTERS: readonly Register[] = [
  {
    names: ['Charity Commission', 'Charity Regulator', 'OSCR', 'register of charities'],
    onRegister: onRegisterPattern(CHARITY_REGISTER, CHARITY_REGULATOR),
    category: 'charity',
    hedgedDenial: true,
  },
  {
    names: ['Financial Conduct Authority', 'Financial Services Authority', 'FCA', 'register of societies', 'Mutuals Public Register'],
    onRegister: onRegisterPattern(SOCIETY_REGISTER, SOCIETY_REGULATOR),
    category: 'registered-society',
    hedgedDenial: false,
  },
  {
    names: ['Regulator of Social Housing', 'RSH', 'Homes and Communities Agency', 'HCA', 'Tenant Services Authority', 'register of providers', 'register of social housing providers'],
    onRegister: onRegisterPattern(HOUSING_REGISTER, HOUSING_REGULATOR),
    category: 'registered-provider',
    hedgedDenial: false,
  },
];
/** A name's first word: a run of letters, so an occurrence of it lies inside one word token. */
/** The name up to its first space (no array made: asked for every register name of every text). */
const firstWordOf = (name: string): string => {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
};
const FIRST_WORDS = [...new Set(REGISTERS.flatMap((register) => register.names.map(firstWordOf)))];
/** Word forms that hold one of those first words: most texts have none, and only these tokens are read. */
const MAY_START_A_REGISTER_NAME = new FormTest((form) => FIRST_WORDS.some((word) => form.includes(word)));
joinCensus(MAY_START_A_REGISTER_NAME);

/** How far before the register's name its organisation may start (a coordinated predicate may stand between). */
const REACH = 200;

class CharityRegisterExtractor implements ClaimExtractor {
  readonly name = 'charity-register';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const register of REGISTERS) this.read(context, register, claims);
    return claims;
  }

  private read(context: ClaimContext, register: Register, claims: Claim[]): void {
    const text = context.text;
    const done = new Set<number>();
    for (const name of register.names) {
      for (const at of occurrences(context, name)) {
        const sentence = context.sentenceAt(at);
        if (!sentence) continue;
        // the organisation whose phrase reaches this register's name
        for (const org of context.within(context.organisations, Math.max(sentence.start, at - REACH), at).reverse()) {
          if (done.has(org.start)) continue;
          const m = register.onRegister.exec(text.slice(org.end, Math.min(sentence.end, org.end + REACH + name.length + 40)));
          if (!m || org.end + m[0].length < at) continue;
          const verb = m.groups!.verb.toLowerCase();
          // "has been on the register" needs "been"; a bare "has"/"had" only with "never been" or
          // "appeared" ("has never appeared on"); "does"/"did" only with a denial and "appear".
          if ((verb === 'has' || verb === 'had') && !m.groups!.neg && !m.groups!.appear) continue;
          if ((verb === 'does' || verb === 'did') && !(m.groups!.neg && m.groups!.appear)) continue;
          done.add(org.start);
          const denied = m.groups!.neg !== undefined;
          claims.push(
            context.claim({
              subject: org,
              attribute: 'category',
              value: { kind: 'category', category: register.category, polarity: denied ? 'deny' : 'affirm', ...(denied && register.hedgedDenial ? { hedged: true } : {}) },
              start: org.start,
              end: org.end + m[0].length,
            }),
          );
          // "was registered with the Charity Commission in 2004": the day it became one
          const registeredOn = denied || !/^(?:was|were)$/.test(verb) ? undefined : dateRightAfter(context, org.end + m[0].length, sentence.end);
          if (registeredOn) {
            const claim = context.claim({
              subject: org,
              attribute: `date:became:${register.category}`,
              value: { kind: 'date', iso: registeredOn.value.iso, precision: registeredOn.value.precision },
              start: org.start,
              end: registeredOn.end,
            });
            claim.time = registeredOn.value.iso;
            claims.push(claim);
          }
          break;
        }
      }
    }
  }
}

const IN_OR_ON = /^[\s\u00a0]+(?:in|on)[\s\u00a0]+$/i;
type DatedEntity = Entity & { value: { kind: 'date'; iso: string; precision: 'day' | 'month' | 'year' | 'financial-year' } };

/** A date with its year given right after `from` ("in 2004", "on 3 May 2004"). */
function dateRightAfter(context: ClaimContext, from: number, limit: number): DatedEntity | undefined {
  const date = context.within(context.dates, from, Math.min(limit, from + 30))[0];
  if (!date || date.value?.kind !== 'date' || date.value.precision === 'day-month') return undefined;
  return IN_OR_ON.test(context.text.slice(from, date.start)) ? (date as DatedEntity) : undefined;
}

/**
 * Where `name` stands in the text, in order, as a search with indexOf from the end of each
 * occurrence finds it. Given the tokens, only the tokens whose form holds the name's first word
 * are searched (nine searches of the whole text cost more than the rest of this extractor).
 */
function occurrences(context: ClaimContext, name: string): number[] {
  const { text, tokens } = context;
  const found: number[] = [];
  if (!tokens) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push(at);
    return found;
  }
  const firstWord = firstWordOf(name);
  let next = 0;
  for (const t of tokensHolding(tokens, MAY_START_A_REGISTER_NAME)) {
    const token = tokens[t]!;
    const form = token.form.text;
    for (let k = form.indexOf(firstWord); k >= 0; k = form.indexOf(firstWord, k + 1)) {
      const at = token.start + k;
      if (at >= next && text.startsWith(name, at)) {
        found.push(at);
        next = at + name.length;
      }
    }
  }
  return found;
}

export const charityRegisterExtractor: ClaimExtractor = new CharityRegisterExtractor();
