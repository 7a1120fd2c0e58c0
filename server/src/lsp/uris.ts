import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { boundedMemo } from '../engine/text/boundedMemo';

// Documents are keyed by URI everywhere in the server. Clients and Node spell the same file URI in
// slightly different ways (VS Code escapes ":" and some punctuation that Node leaves alone), so
// every file URI is normalised through a path round trip before it becomes a key; other schemes
// (untitled:, vscode-vfs:) are kept as given.

export function documentKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}

/** The file-system path of a file URI, or undefined for other schemes. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The file name a researcher recognises a source by. Memoised by URI: diagnostic messages name the
 * same few sources over and over, and parsing a URL each time cost more than building the message.
 */
export const fileNameOf = boundedMemo(fileNameOfUncached);

function fileNameOfUncached(uri: string): string {
  const path = pathOfUri(uri);
  if (path !== undefined) return basename(path);
  const lastSlash = uri.lastIndexOf('/');
  return decodeURIComponent(uri.slice(lastSlash + 1)) || uri;
}

/**
 * A file name short enough for a diagnostic message: long machine-made names keep their start and
 * extension ("000_cde4b1dd08b8758c.txt" becomes "000_cde….txt"); the full name is in the related location.
 */
export function shortFileName(uri: string, maxLength = 16): string {
  const name = fileNameOf(uri);
  if (name.length <= maxLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
  const keep = Math.max(4, maxLength - extension.length - 5);
  return `${name.slice(0, keep)}…${extension}`;
}
