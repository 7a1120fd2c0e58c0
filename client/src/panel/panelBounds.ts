// How much of a large corpus the side panel and the Claim Matrix ask the server for at once.
// Plain data, without VS Code, so that the benchmark asks for exactly what the views do.

/**
 * The whole corpus's entities. At 10,000 documents (the issue 7 bench) every mention of every
 * entity came to 130 MB of JSON in 7 s and took the server's RSS to 1.27 GB, past its ceiling;
 * bounded like this, 9 MB. The filter reaches the entities left out, Find All References the
 * mentions, and the active document's entities are always listed, so Reveal Entity finds them.
 */
export const ENTITY_BOUNDS = { entitiesPerType: 300, mentionsPerEntity: 25 };

/**
 * Claims listed per conflict, one per value first. At 10,000 documents one conflict had 5,017
 * claims and all 1,180 conflicts 35,534, 10 MB of JSON that the view expanded at once; the claim
 * matrix shows every source of a conflict.
 */
export const CLAIMS_PER_CONFLICT = 50;

/**
 * A page of rows × sources cells. At 10,000 documents the unbounded matrix was 3,349 rows by 9,317
 * sources, 31 million cells, more than a webview can draw. Within the bounds the server keeps what
 * the researcher is looking at first.
 */
export const MATRIX_BOUNDS = { maxRows: 200, maxSources: 30 };
