import { Gap, Shape, type Token } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { ORGANISATION_HEADS } from './lexicons/organisationWords';
import type { NameScan } from './nameScan';

// Comment signatures: a line holding nothing but a name, written as the commenter wrote it
// ("paul massey", "Richard Blogger"), optionally followed by a line naming their organisation in
// the same casual style ("somerset partnership").

interface Line {
  first: number;
  last: number;
}

function lines(tokens: readonly Token[]): Line[] {
  const result: Line[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.gapBefore >= Gap.LineBreak) {
      if (tokens.length > 0) result.push({ first, last: i - 1 });
      first = i;
    }
  }
  return result;
}

function allWords(tokens: readonly Token[], line: Line, shapes: readonly Shape[]): boolean {
  for (let i = line.first; i <= line.last; i++) if (!shapes.includes(tokens[i]!.shape)) return false;
  return true;
}

const NAME_SHAPES = [Shape.Lower, Shape.Capitalised];

export function findSignatures(scan: NameScan): void {
  const { tokens } = scan;
  const all = lines(tokens);
  for (let n = 0; n < all.length; n++) {
    const line = all[n]!;
    const words = line.last - line.first + 1;
    if (words < 2 || words > 3 || !allWords(tokens, line, NAME_SHAPES)) continue;
    if (!FIRST_NAMES.has(tokens[line.first]!.key) || !scan.isFree(line.first, line.last)) continue;
    // Both words in one case: "paul massey" or "Paul Massey", not "Paul said".
    const lower = tokens[line.first]!.shape === Shape.Lower;
    let sameCase = true;
    for (let i = line.first; i <= line.last; i++) if ((tokens[i]!.shape === Shape.Lower) !== lower) sameCase = false;
    if (!sameCase) continue;
    scan.claim('person', line.first, line.last, 'signature');
    const affiliation = all[n + 1];
    if (!affiliation || tokens[affiliation.first]!.gapBefore < Gap.LineBreak) continue;
    const length = affiliation.last - affiliation.first + 1;
    if (length > 4 || !allWords(tokens, affiliation, [Shape.Lower])) continue;
    if (length < 2 || !ORGANISATION_HEADS.has(tokens[affiliation.last]!.key)) continue;
    if (scan.isFree(affiliation.first, affiliation.last)) scan.claim('organisation', affiliation.first, affiliation.last, 'signature');
  }
}
