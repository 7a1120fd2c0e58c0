// Registration with a charity regulator, read as a classification claim. In the UK a registered
// charity is one on the register kept by the Charity Commission (England and Wales), the Scottish
// Charity Regulator (OSCR) or the Charity Commission for Northern Ireland, so a text that says a body
// "has never been on the Charity Commission register" or "is not registered with the Charity
// Commission" denies what another calls "a registered charity", and "is registered with the Charity
// Commission" affirms it. The vocabulary folds "registered charity" into charity; the denial is
// marked hedged because an exempt charity (some universities and community benefit societies) is a
// charity that no register lists.
//   "X has never been on the Charity Commission register"       → X category charity, deny (hedged)
//   "X, which is not registered with the Charity Commission"    → the same
//   "X is registered with the Charity Commission"               → X category charity, affirm

import type { Claim } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
/** The names a register goes by, found with indexOf before any pattern is tried. */
const REGISTER_NAMES = ['Charity Commission', 'Charity Regulator', 'OSCR', 'register of charities'];
const REGULATOR = `(?:the${S}+)?(?:Charity${S}+Commission(?:${S}+for${S}+Northern${S}+Ireland)?|Scottish${S}+Charity${S}+Regulator|OSCR)`;
const REGISTER = `(?:(?:the${S}+)?${REGULATOR}(?:['’]s?)?${S}+register(?:${S}+of${S}+charities)?|the${S}+register${S}+of${S}+charities)`;
/** From the end of a name (or its ", which") to the end of the register's name. */
const ON_REGISTER = new RegExp(
  `^(?:,?${S}*(?:which|that)${S}+)?(?:${S}*(?:(?<verb>is|was|has${S}+been|had${S}+been|has|had)(?<neg>${S}+(?:not|never)(?:${S}+been)?)?))${S}+(?:(?:on|in)${S}+${REGISTER}|registered${S}+(?:with|by)${S}+${REGULATOR})`,
  'iu',
);
/** How far before the register's name its organisation may end. */
const REACH = 120;

class CharityRegisterExtractor implements ClaimExtractor {
  readonly name = 'charity-register';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    const done = new Set<number>();
    for (const name of REGISTER_NAMES) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const sentence = context.sentenceAt(at);
        if (!sentence) continue;
        // the organisation whose phrase reaches this register's name
        for (const org of context.within(context.organisations, Math.max(sentence.start, at - REACH), at).reverse()) {
          if (done.has(org.start)) continue;
          const m = ON_REGISTER.exec(text.slice(org.end, Math.min(sentence.end, org.end + REACH + name.length + 40)));
          if (!m || org.end + m[0].length < at) continue;
          const verb = m.groups!.verb.toLowerCase();
          // "has been on the register" needs "been"; a bare "has"/"had" only with "never been"
          if ((verb === 'has' || verb === 'had') && !m.groups!.neg) continue;
          done.add(org.start);
          const denied = m.groups!.neg !== undefined;
          claims.push(
            context.claim({
              subject: org,
              attribute: 'category',
              value: { kind: 'category', category: 'charity', polarity: denied ? 'deny' : 'affirm', ...(denied ? { hedged: true } : {}) },
              start: org.start,
              end: org.end + m[0].length,
            }),
          );
          break;
        }
      }
    }
    return claims;
  }
}

export const charityRegisterExtractor: ClaimExtractor = new CharityRegisterExtractor();
