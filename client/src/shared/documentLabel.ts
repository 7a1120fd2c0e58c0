// A short, human name for a corpus document URI: its file name, decoded. Used wherever the
// panel names a source, so the researcher sees "000_cde4b1dd08b8758c.txt", not a URI.

export function documentLabel(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  const lastSegment = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(lastSegment) || uri;
  } catch {
    // A malformed %-escape: show it as written rather than failing the whole view.
    return lastSegment || uri;
  }
}
