// Which editor documents Policy Lens analyses: plain text, Markdown and policy-text, on disk or
// untitled. The language client's document selector and the status bar use the same rule.

export const POLICY_LANGUAGES = ['plaintext', 'markdown', 'policy-text'] as const;
export const POLICY_SCHEMES = ['file', 'untitled'] as const;

export const DOCUMENT_SELECTOR = POLICY_SCHEMES.flatMap((scheme) =>
  POLICY_LANGUAGES.map((language) => ({ scheme, language })),
);

export function isPolicyDocument(document: { languageId: string; uri: { scheme: string } }): boolean {
  return (
    (POLICY_LANGUAGES as readonly string[]).includes(document.languageId) &&
    (POLICY_SCHEMES as readonly string[]).includes(document.uri.scheme)
  );
}
