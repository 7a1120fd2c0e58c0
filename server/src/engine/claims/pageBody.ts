import type { Entity } from '../types';
import type { ClaimContext } from './context';
import { isMedia } from './referents';

export interface PageBodyOptions {
  /** Leave out the page's author: a reading that falls back on the author first asks for the other body. */
  readonly notAuthor?: boolean;
  /** Leave out news outlets: a paper that names itself on every line is not what its story is about. */
  readonly notMedia?: boolean;
}

/**
 * The body a page is about: the organisation it names most often, twice at least (one mention is no
 * page's subject), the first named on a tie.
 */
export function mostNamedBody(context: ClaimContext, options: PageBodyOptions): Entity | undefined {
  const author = options.notAuthor ? context.author?.canonical : undefined;
  const counts = new Map<string, { first: Entity; count: number }>();
  for (const o of context.organisations) {
    if (!o.canonical || (author !== undefined && o.canonical === author) || (options.notMedia && isMedia(o))) continue;
    const seen = counts.get(o.canonical);
    if (seen) seen.count++;
    else counts.set(o.canonical, { first: o, count: 1 });
  }
  let best: { first: Entity; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && best.count >= 2 ? best.first : undefined;
}
