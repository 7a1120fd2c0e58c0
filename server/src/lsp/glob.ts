// Glob patterns as VS Code settings spell them (`**/*.{txt,md}`, `**/{node_modules,.git}/**`),
// compiled once into a regular expression over a workspace-relative path with "/" separators.
// Supported: `**` (any number of path segments, including none), `*` and `?` (within a segment),
// `{a,b}` alternatives (nestable), `[abc]` / `[!abc]` classes and `\` escapes.

export type GlobMatcher = (relativePath: string) => boolean;

export function compileGlob(pattern: string): GlobMatcher {
  const source = `^${translate(pattern.replace(/^\.\//, ''), 0, false).regex}$`;
  const regex = new RegExp(source, process.platform === 'win32' ? 'i' : '');
  return (relativePath) => regex.test(relativePath.replace(/\\/g, '/'));
}

/** True when the path matches any of the patterns. */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const matchers = patterns.filter((pattern) => pattern.trim() !== '').map(compileGlob);
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}

interface Translation {
  regex: string;
  /** Where translation stopped: the end of the pattern, or the `,`/`}` closing an alternative. */
  next: number;
}

function translate(pattern: string, from: number, inBraces: boolean): Translation {
  let regex = '';
  let i = from;
  while (i < pattern.length) {
    const char = pattern[i];
    if (inBraces && (char === ',' || char === '}')) return { regex, next: i };
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const followedBySlash = pattern[i + 2] === '/';
        if (atSegmentStart && followedBySlash) {
          regex += '(?:[^/]*/)*';
          i += 3;
          continue;
        }
        if (atSegmentStart && i + 2 === pattern.length) {
          regex += '.*';
          i += 2;
          continue;
        }
      }
      regex += '[^/]*';
      i++;
    } else if (char === '?') {
      regex += '[^/]';
      i++;
    } else if (char === '{') {
      const alternatives: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = translate(pattern, j, true);
        alternatives.push(part.regex);
        j = part.next;
        if (j >= pattern.length) break;
        j++;
        if (pattern[j - 1] === '}') break;
      }
      regex += `(?:${alternatives.join('|')})`;
      i = j;
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        regex += '\\[';
        i++;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      body = body.replace(/[\\\]^]/g, (c) => `\\${c}`);
      regex += negated ? `[^/${body}]` : `[${body}]`;
      i = close + 1;
    } else if (char === '\\' && i + 1 < pattern.length) {
      regex += escapeRegex(pattern[i + 1]);
      i += 2;
    } else {
      regex += escapeRegex(char);
      i++;
    }
  }
  return { regex, next: i };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
