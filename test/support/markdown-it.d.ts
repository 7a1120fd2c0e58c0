// The little of markdown-it's API the security tests use (the package ships no types, and
// @types/markdown-it is not a dependency). markdown-it arrives with the packaging tools.
declare module 'markdown-it' {
  interface Token {
    type: string;
    content: string;
    children: Token[] | null;
    attrGet(name: string): string | null;
  }
  class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    parse(source: string, env: object): Token[];
    render(source: string): string;
  }
  export default MarkdownIt;
}
