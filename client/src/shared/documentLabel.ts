// A short, human name for a corpus document URI: its file name, decoded. Used wherever the
// panel names a source, so the researcher sees "000_cde4b1dd08b8758c.txt", not a URI.

export function documentLabel(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '').replace(/^[a-z][\w+.-]*:/i, '');
  const lastSegment = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(lastSegment) || uri;
  } catch {
    // A malformed %-escape: show it as written rather than failing the whole view.
    return lastSegment || uri;
  }
}

/** The folder a document URI sits in, decoded: "seeds" for file:///ext/seeds/000.txt. */
function parentFolder(uri: string): string {
  const segments = uri.replace(/[?#].*$/, '').split('/').filter(Boolean);
  const folder = segments.length >= 2 ? segments[segments.length - 2] : '';
  try {
    return decodeURIComponent(folder);
  } catch {
    return folder;
  }
}

/**
 * Labels for a set of sources that tell apart documents with the same file name (the shipped
 * seeds and a copy in the workspace, say) by adding their folder.
 */
export function distinctLabels(sources: ReadonlyArray<{ uri: string; label: string }>): string[] {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.label, (counts.get(source.label) ?? 0) + 1);
  return sources.map((source) =>
    (counts.get(source.label) ?? 0) > 1 && parentFolder(source.uri) ? `${source.label} (${parentFolder(source.uri)})` : source.label,
  );
}
