// Functions that run inside the browser page, passed to Playwright's evaluate(). Playwright sends their
// source text to the page, so they may use nothing from this module's scope. The project's tsconfig has no
// DOM library (the engine and server must not see browser globals), so the few DOM shapes used here are
// declared locally and the globals are taken from globalThis.

interface Rect { x: number; y: number; width: number; height: number; top: number }
export interface DomElement {
  className: string;
  innerText: string;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Rect;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface DomText { data: string; parentElement: DomElement | null }
export interface PageGlobals {
  document: {
    createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): unknown };
    createRange(): { setStart(node: DomText, offset: number): void; setEnd(node: DomText, offset: number): void; getClientRects(): Iterable<Rect> };
  };
  getComputedStyle(element: DomElement): { color: string };
}

export interface BoxOnScreen { x: number; y: number; width: number; height: number }
export interface TextOnScreen {
  /** Client rectangles the phrase occupies (more than one when it wraps). */
  rects: BoxOnScreen[];
  /** The token spans that render the phrase, with Monaco's token class and the computed colour. */
  spans: Array<{ text: string; className: string; color: string }>;
  /** The editor's colour for plain text (Monaco's mtk1). */
  plainColor: string;
}

/**
 * In the page: the n-th occurrence of `phrase` in an editor's rendered lines. Monaco renders spaces (and the
 * seeds' no-break spaces) as U+00A0 and wraps long lines into several .view-line elements, so the lines are
 * read in screen order and joined before searching.
 */
export function findTextInEditor(editorNode: unknown, args: { phrase: string; occurrence: number }): TextOnScreen | undefined {
  const editor = editorNode as DomElement;
  const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
  const SHOW_TEXT = 4;
  const normalise = (value: string) => value.replace(/\u00a0/g, ' ');
  const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort(
    (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
  );
  const pieces: Array<{ node: DomText; start: number; span: DomElement }> = [];
  let joined = '';
  for (const line of lines) {
    const walker = document.createTreeWalker(line, SHOW_TEXT);
    for (let node = walker.nextNode() as DomText | null; node; node = walker.nextNode() as DomText | null) {
      if (node.parentElement) pieces.push({ node, start: joined.length, span: node.parentElement });
      joined += normalise(node.data);
    }
  }
  let at = -1;
  for (let index = 0; index <= args.occurrence; index += 1) {
    at = joined.indexOf(normalise(args.phrase), at + 1);
    if (at < 0) return undefined;
  }
  const end = at + args.phrase.length;
  const rects: BoxOnScreen[] = [];
  const spans: TextOnScreen['spans'] = [];
  for (const piece of pieces) {
    const pieceEnd = piece.start + piece.node.data.length;
    if (pieceEnd <= at || piece.start >= end) continue;
    const range = document.createRange();
    range.setStart(piece.node, Math.max(at, piece.start) - piece.start);
    range.setEnd(piece.node, Math.min(end, pieceEnd) - piece.start);
    for (const rect of range.getClientRects()) rects.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    spans.push({ text: piece.node.data, className: piece.span.className, color: getComputedStyle(piece.span).color });
  }
  const plain = editor.querySelector('.view-lines .mtk1');
  return { rects, spans, plainColor: plain ? getComputedStyle(plain).color : '' };
}

/** In the page: the bounding boxes of a list of elements. */
export function boxesOf(elements: unknown[]): BoxOnScreen[] {
  return (elements as DomElement[]).map((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
}

/** In the page: each row's tree level, aria-label and visible text, joined, so all can be matched. */
export function rowTextsOf(elements: unknown[]): string[] {
  return (elements as DomElement[]).map(
    (element) => `L${element.getAttribute('aria-level') ?? '?'} | ${element.getAttribute('aria-label') ?? ''} | ${element.innerText}`,
  );
}

/** In the page: the visible text of the rows at the top level of a tree (aria-level 1). */
export function topLevelRowTextsOf(elements: unknown[]): string[] {
  return (elements as DomElement[]).filter((element) => element.getAttribute('aria-level') === '1').map((element) => element.innerText);
}

interface ObservableGlobals {
  document: { body: unknown; querySelectorAll(selector: string): Iterable<DomElement> };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: { childList: boolean; subtree: boolean; characterData: boolean }): void };
  __policyLensToasts?: string[];
}

/**
 * In the page: starts recording the text of every notification toast that appears, however briefly, so a
 * progress notification that comes and goes between two polls is still seen.
 */
export function startRecordingToasts(): void {
  const page = globalThis as unknown as ObservableGlobals;
  const seen: string[] = [];
  page.__policyLensToasts = seen;
  const record = () => {
    for (const toast of page.document.querySelectorAll('.notifications-toasts .notification-toast')) {
      const text = toast.innerText.trim();
      if (text && !seen.includes(text)) seen.push(text);
    }
  };
  new page.MutationObserver(record).observe(page.document.body, { childList: true, subtree: true, characterData: true });
  record();
}

/** In the page: the toast texts recorded since startRecordingToasts(). */
export function recordedToasts(): string[] {
  return (globalThis as unknown as ObservableGlobals).__policyLensToasts ?? [];
}

/**
 * In the page: the text of the hover part (one provider's contribution: a diagnostic, the entity card)
 * whose text matches `pattern`, scrolled into view so a screenshot shows it. Empty when there is none.
 */
export function revealHoverPart(hoverNode: unknown, pattern: { source: string; flags: string }): string {
  const hover = hoverNode as DomElement;
  const matcher = new RegExp(pattern.source, pattern.flags);
  for (const part of hover.querySelectorAll('.hover-row')) {
    if (matcher.test(part.innerText)) {
      (part as DomElement & { scrollIntoView(options: { block: string }): void }).scrollIntoView({ block: 'start' });
      return part.innerText;
    }
  }
  return '';
}
