// Document text goes into the claim-matrix HTML; every character that could open markup or
// close an attribute is escaped, so a policy text cannot inject script or markup.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => HTML_ESCAPES[character]);
}
