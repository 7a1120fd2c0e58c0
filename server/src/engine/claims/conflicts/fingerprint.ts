// A conflict's id: a hash of its subject, attribute, kind and the set of values in it. It does
// not depend on where the claims are, so a reviewed conflict stays reviewed when text moves; a new
// source with a different value changes the set and so the id.

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. */
function fnv1a64(input: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < input.length; i++) {
    hash ^= BigInt(input.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

export function conflictFingerprint(subject: string, attribute: string, kind: string, valueKeys: Iterable<string>): string {
  const values = [...new Set(valueKeys)].sort();
  return `pl-${fnv1a64([subject, attribute, kind, ...values].join('\u0000'))}`;
}
