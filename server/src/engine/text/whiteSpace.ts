// Collapsing white space in short phrases (names, candidate names) for look-ups. Most phrases are
// plain ASCII words with single spaces, which collapse to themselves: a loop over their characters
// tells so for less than a regular-expression replacement costs.

/** True when the text is ASCII with no white space but single ordinary spaces: collapseWhiteSpace returns it unchanged. */
export function isSingleSpacedAscii(text: string): boolean {
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else {
      // Tab, line feed, vertical tab, form feed, carriage return; anything past ASCII may be white space.
      if ((code >= 9 && code <= 13) || code >= 128) return false;
      afterSpace = false;
    }
  }
  return true;
}

/** Every run of white space (no-break spaces included) made one ordinary space. */
export function collapseWhiteSpace(text: string): string {
  return isSingleSpacedAscii(text) ? text : text.replace(/[\s\u00a0]+/g, ' ');
}
