import { describe, expect, it } from 'vitest';
import type { Entity } from '../../server/src/engine/types';
import { flattenEntities, SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/lsp/semanticTokens';
import { LineMap } from '../../server/src/lsp/positions';
import { decodeTokens } from './harness/lspClient';

const entity = (text: string, whole: string, type: Entity['type'], from = 0): Entity => {
  const start = whole.indexOf(text, from);
  return { type, start, end: start + text.length, text };
};
const decode = (entities: Entity[], text: string) =>
  decodeTokens(semanticTokens(entities, new LineMap(text)).data, SEMANTIC_TOKENS_LEGEND.tokenTypes).map((token) => ({
    ...token,
    text: text.split(/\r?\n/)[token.line].slice(token.character, token.character + token.length),
  }));

describe('semantic tokens', () => {
  it('uses one token type per entity kind, with the ids the client contributes', () => {
    expect(SEMANTIC_TOKENS_LEGEND.tokenTypes).toEqual([
      'policyOrganisation', 'policyPerson', 'policyRole', 'policyPercentage', 'policyMoney', 'policyQuantity', 'policyDate',
    ]);
  });

  it('lets an organisation nested in a role win its own stretch, the role keeping the rest', () => {
    const text = 'Ali Parsa, Managing Director at Circle Health Partnership, said';
    const role = entity('Managing Director at Circle Health Partnership', text, 'role');
    const organisation = entity('Circle Health Partnership', text, 'organisation');
    const person = entity('Ali Parsa', text, 'person');
    expect(decode([role, organisation, person], text).map(({ text: t, type }) => [t, type])).toEqual([
      ['Ali Parsa', 'policyPerson'],
      ['Managing Director at ', 'policyRole'],
      ['Circle Health Partnership', 'policyOrganisation'],
    ]);
  });

  it('splits an entity that crosses a line break into one token per line, leaving the break out', () => {
    const text = 'the Secretary of State\r\nfor Health said';
    const role = { type: 'role' as const, start: 4, end: text.indexOf(' said'), text: '' };
    expect(decode([role], text).map(({ line, text: t }) => [line, t])).toEqual([
      [0, 'Secretary of State'],
      [1, 'for Health'],
    ]);
  });

  it('gives an inner entity in the middle a token between the two parts of the outer one', () => {
    const segments = flattenEntities([
      { type: 'role', start: 0, end: 30, text: '' },
      { type: 'organisation', start: 10, end: 20, text: '' },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 10, type: 'role' },
      { start: 10, end: 20, type: 'organisation' },
      { start: 20, end: 30, type: 'role' },
    ]);
  });

  it('ignores empty spans and keeps touching entities apart', () => {
    const segments = flattenEntities([
      { type: 'date', start: 0, end: 4, text: '2003' },
      { type: 'date', start: 5, end: 9, text: '2015' },
      { type: 'person', start: 9, end: 9, text: '' },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 4, type: 'date' },
      { start: 5, end: 9, type: 'date' },
    ]);
  });

  it('answers a range request with only the tokens inside it', () => {
    const text = 'NHS\nThe King’s Fund\n49.9%';
    const entities = [entity('NHS', text, 'organisation'), entity('King’s Fund', text, 'organisation'), entity('49.9%', text, 'percentage')];
    const tokens = decodeTokens(
      semanticTokens(entities, new LineMap(text), { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }).data,
      SEMANTIC_TOKENS_LEGEND.tokenTypes,
    );
    expect(tokens).toEqual([{ line: 1, character: 4, length: 11, type: 'policyOrganisation' }]);
  });
});
