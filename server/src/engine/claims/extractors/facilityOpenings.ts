// When a facility named by its kind and its place opened: "The customs site at Ardrey Dock went live
// on 1 October 2024", "runs the customs site at Ardrey Dock, which opened on 1 December 2024", "the
// new clinic on Tarn Street opened its doors in March 2019". Such a facility has no name of its own,
// so its kind and its place are its key (thing:customs-site-at-ardrey-dock): every source that names
// it alike speaks of one subject, and two opening days for it meet. Only a day that is said to be its
// opening counts: "is due to open", "will open" tell of a plan.

import type { Claim } from '../../types';
import { slug } from '../../entities/nameKeys';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { CueWords, cueSentences } from '../cueSentences';
import type { ClaimExtractor } from './extractor';
import { SPACE } from './grammar';

const S = SPACE;
const CUES = new CueWords([{ word: 'opened' }, { word: 'live' }, { word: 'operational' }, { word: 'operating' }]);
/** Kinds of facility that are known by where they are. */
const FACILITY = `(?:site|depot|centre|center|clinic|hub|terminal|facility|warehouse|plant|station|yard|berth|library|ward|campus)`;
const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*){0,3}`;
/** The facility, its place, then its opening verb right before the date. */
const OPENED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<noun>(?:[\\p{Ll}-]+${S}+){0,2}?${FACILITY})${S}+(?:at|on)${S}+(?<place>${PLACE})(?:,${S}*which)?${S}+(?:(?:was|were|has|had|first|finally|officially)${S}+)*(?:opened(?:${S}+its${S}+doors)?|went${S}+live|became${S}+operational|began${S}+operating|started${S}+operating)${S}+(?:on|in)${S}+$`,
  'u',
);
/** Words in front of the kind that do not tell the facility apart. */
const NOT_KIND = new Set(['the', 'a', 'an', 'new', 'this', 'that', 'which', 'and', 'runs', 'run', 'operates']);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);
/** "Had the depot …", "Were the clinic …": a condition by inversion. */
const INVERTED_BEFORE = /(?:^|[^\p{L}])(?:had|were|should)[\s\u00a0]+$/iu;
/**
 * A body's own facility ("its depot at Holm Road", "Acme's site at Tarn Quay") is that body's, and
 * another body may have one there too: the key, which names no body, would set the two against
 * each other. ("in London" is left out for the same reason: a place too wide to tell one facility.)
 */
const OWNED = /(?:^|[\s\u00a0])(?:its|their|our|his|her|my|your)$|['’]s?$/iu;

class FacilityOpeningExtractor implements ClaimExtractor {
  readonly name = 'facility-opening';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    for (const sentence of cueSentences(context, CUES)) {
      for (const date of context.within(context.dates, sentence.start, sentence.end)) {
        if (date.value?.kind !== 'date' || date.value.precision === 'day-month') continue;
        const lead = text.slice(Math.max(sentence.start, date.start - 160), date.start);
        const m = OPENED_BEFORE.exec(lead);
        if (!m) continue;
        const nounAt = date.start - lead.length + m.index + m[0].indexOf(m.groups!.noun);
        const words = m.groups!.noun.split(/[\s\u00a0]+/);
        if (words.some((word) => OWNED.test(word)) || OWNED.test(text.slice(Math.max(0, nounAt - 4), nounAt).trimEnd())) continue;
        // "if the depot at X opened in 2026", "had the depot at X opened …": a condition, no opening
        // the kind starts after the article: "claimed the depot" is a depot
        const article = words.reduce((last, word, i) => (ARTICLES.has(word.toLowerCase()) ? i : last), -1);
        const inverted = article > 0 ? INVERTED_BEFORE.test(` ${words[article - 1]} `) : INVERTED_BEFORE.test(text.slice(Math.max(sentence.start, nounAt - 8), nounAt));
        if (inverted || context.moodAt(nounAt) & Mood.Conditional) continue;
        const kind = words.slice(article + 1).filter((word) => !NOT_KIND.has(word));
        const place = m.groups!.place;
        // a place that is a body ("the depot at Tarn Council") makes the facility that body's, which the key does not say
        if (kind.length === 0 || context.anyOverlapping(context.organisations, date.start - lead.length + m.index, date.start)) continue;
        const name = `${kind.join(' ')} at ${place}`;
        const start = nounAt;
        const claim = context.claim({
          subject: { canonical: `thing:${slug(name)}`, name },
          attribute: 'date:opened',
          value: { kind: 'date', iso: date.value.iso, precision: date.value.precision },
          start,
          end: date.end,
        });
        claim.time = date.value.iso;
        claims.push(claim);
      }
    }
    return claims;
  }
}

export const facilityOpeningExtractor: ClaimExtractor = new FacilityOpeningExtractor();
