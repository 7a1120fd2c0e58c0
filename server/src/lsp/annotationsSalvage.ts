// What can still be read out of a store file that does not parse, so the Annotations view can
// list its annotations as "unreadable" with their quotes instead of one opaque error. This is
// for showing only: nothing read here is ever written back or used for analysis. The file
// stays untouched until the researcher fixes it.

const MAX_SALVAGED = 500;

/** The `exact` quotes found in the file's text, in file order. */
export function salvageQuotes(raw: string): string[] {
  const fromJson = quotesFromJson(raw);
  if (fromJson) return fromJson.slice(0, MAX_SALVAGED);
  // Not JSON at all (a merge conflict, a truncated write): look for the quote properties.
  const quotes: string[] = [];
  const pattern = /"exact"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
  for (let match = pattern.exec(raw); match && quotes.length < MAX_SALVAGED; match = pattern.exec(raw)) {
    quotes.push(unescapeJsonString(match[1]));
  }
  return quotes;
}

function quotesFromJson(raw: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const quotes: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || quotes.length >= MAX_SALVAGED || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (record.type === 'TextQuoteSelector' && typeof record.exact === 'string') quotes.push(record.exact);
    for (const child of Object.values(record)) visit(child, depth + 1);
  };
  visit(parsed, 0);
  return quotes;
}

function unescapeJsonString(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}
