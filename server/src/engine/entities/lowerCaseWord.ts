/** Whether the text has the word (a lower-case key) in lower case, as a whole word. Asked of a few words a text. */
export function writtenInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) return true;
  }
  return false;
}

/** Whether a letter (ASCII, or any character beyond ASCII) stands at `i`; false outside the text. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
