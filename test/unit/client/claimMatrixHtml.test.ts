import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, renderClaimMatrixPage } from '../../../client/src/panel/claimMatrixHtml';
import { escapeHtml } from '../../../client/src/shared/escapeHtml';
import { DOC_A, DOC_B, matrixResponse, range } from './fakeResponses';

const resources = {
  nonce: 'bm9uY2U0dGVzdA==',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/claimMatrix.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/claimMatrix.css',
};

function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body'));
}

describe('claim matrix page', () => {
  it('has a strict Content-Security-Policy: nothing by default, styles from the webview and nonce, scripts by nonce only', () => {
    expect(contentSecurityPolicy(resources)).toBe(
      `default-src 'none'; style-src ${resources.cspSource} 'nonce-${resources.nonce}'; script-src 'nonce-${resources.nonce}'`,
    );
    const html = renderClaimMatrixPage(matrixResponse, resources);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain(`<script nonce="${resources.nonce}" src="${resources.scriptUri}"></script>`);
  });

  it('has no inline event handlers, no inline script and no remote loads', () => {
    const html = renderClaimMatrixPage(matrixResponse, resources);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html.match(/<script/g)?.length).toBe(1);
    expect(html).not.toMatch(/(src|href)="(?!https:\/\/file\+\.vscode-resource)/);
  });

  it('has one column per source and one row per subject and attribute', () => {
    const html = renderClaimMatrixPage(matrixResponse, resources);
    expect(html).toContain(`<th scope="col" title="${DOC_A}">000_circle.txt</th>`);
    expect(html).toContain(`<th scope="col" title="${DOC_B}">001_co-ops uk.txt</th>`);
    expect(html.match(/<tr class="row/g)?.length).toBe(2);
    expect(html).toContain('<td class="attribute" title="count:staff">number of staff</td>');
  });

  it('marks disagreeing cells and rows, with a symbol as well as colour, and shows a dash where a source says nothing', () => {
    const html = renderClaimMatrixPage(matrixResponse, resources);
    expect(html.match(/<td class="cell disagrees">/g)?.length).toBe(2);
    expect(html).toContain('aria-label="disagrees with another source">≠</span>');
    expect(html).toContain('<tr class="row disagrees" data-subject="org:circle" data-attribute="category">');
    expect(html).toContain('<td class="empty" aria-label="no claim">—</td>');
    expect(html).toContain('2 subjects and attributes across 2 sources; 1 with disagreeing sources.');
  });

  it('makes each claim a button carrying its place, for the page script to send back', () => {
    const html = renderClaimMatrixPage(matrixResponse, resources);
    expect(html).toContain(
      `data-uri="${DOC_A}" data-start-line="4" data-start-character="0" data-end-line="4" data-end-character="9">770</button>`,
    );
  });

  it('lists each place where one source makes the claim several times, in text order, under its value', () => {
    const repeated = {
      ...matrixResponse,
      rows: [
        {
          ...matrixResponse.rows[1],
          cells: {
            [DOC_A]: {
              valueLabel: '770',
              disagrees: false,
              claims: [
                { uri: DOC_A, range: range(9, 2, 8), text: 'all 770 staff' },
                { uri: DOC_A, range: range(4, 0, 9), text: '770   staff\nbecame co-owners' },
              ],
            },
          },
        },
      ],
    };
    const html = renderClaimMatrixPage(repeated, resources);
    expect(html).toContain('<span class="value">770</span><ul class="places"><li>');
    expect(html.indexOf('line 5: “770 staff became co-owners”')).toBeGreaterThan(0);
    expect(html.indexOf('line 5:')).toBeLessThan(html.indexOf('line 10: “all 770 staff”'));
  });

  it('escapes document text everywhere it appears, so a policy text cannot inject markup or script', () => {
    const payload = '<img src=x onerror="alert(1)">\'`&';
    const hostile = {
      sources: [{ uri: `${DOC_A}"><script>`, label: payload }],
      rows: [
        {
          subject: `x" onclick="y`,
          subjectName: `<script>alert('s')</script>`,
          attribute: payload,
          attributeLabel: payload,
          cells: {
            [`${DOC_A}"><script>`]: { valueLabel: payload, claims: [{ uri: `${DOC_A}"><script>`, range: range(0, 0, 1), text: payload }], disagrees: false },
          },
        },
      ],
    };
    const body = bodyOf(renderClaimMatrixPage(hostile, resources, { subject: '"><script>' }));
    expect(body.match(/<script/g)?.length).toBe(1);
    expect(body).not.toContain('<img');
    // An injected attribute would follow a real closing quote; escaped text only has &quot;.
    expect(body).not.toMatch(/["']\s+on[a-z]+=/i);
    expect(body).toContain('x&quot; onclick=&quot;y');
    expect(body).toContain(escapeHtml(payload));
    expect(body).toContain('&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;');
  });

  it('carries the row to focus on the body, escaped', () => {
    const html = renderClaimMatrixPage(matrixResponse, resources, { subject: 'org:circle', attribute: 'category' });
    expect(html).toContain('<body data-focus-subject="org:circle" data-focus-attribute="category">');
  });

  it('says what a bounded matrix left out, and says nothing when it left nothing out', () => {
    expect(renderClaimMatrixPage(matrixResponse, resources)).not.toContain('Not shown');
    const html = renderClaimMatrixPage({ ...matrixResponse, omitted: { rows: 1234, sources: 2870 } }, resources);
    expect(bodyOf(html)).toContain('Not shown: 1,234 more subjects and attributes and 2,870 more sources.');
    expect(bodyOf(renderClaimMatrixPage({ ...matrixResponse, omitted: { rows: 0, sources: 5 } }, resources))).toContain('Not shown: 5 more sources.');
  });

  it('explains what to do when there are no claims yet', () => {
    const html = renderClaimMatrixPage({ sources: [], rows: [] }, resources);
    expect(html).toContain('No claims in the corpus yet');
    expect(html).not.toContain('<table');
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that open markup or end an attribute, and leaves other text alone', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
    expect(escapeHtml('Co-operatives UK’s “49.9%”\u00a0share')).toBe('Co-operatives UK’s “49.9%”\u00a0share');
  });
});

describe('source column headers', () => {
  it('tell apart two sources with the same file name by their folder', () => {
    const html = renderClaimMatrixPage(
      {
        sources: [
          { uri: 'file:///ext/seeds/000.txt', label: '000.txt' },
          { uri: 'file:///home/researcher/my%20corpus/000.txt', label: '000.txt' },
          { uri: 'file:///home/researcher/my%20corpus/001.txt', label: '001.txt' },
        ],
        rows: [matrixResponse.rows[1]],
      },
      resources,
    );
    expect(html).toContain('>000.txt (seeds)</th>');
    expect(html).toContain('>000.txt (my corpus)</th>');
    expect(html).toContain('>001.txt</th>');
  });
});
