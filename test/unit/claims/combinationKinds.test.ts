// What kind of combination two bodies' coming together is: a merger of equals, a takeover, or a
// group structure in which one side becomes the other's subsidiary. The claim is told of the
// parties the sentence names, or the sentence or two before it names ("… will join … This is a
// merger of equals"). A merger of equals excludes the other two; "a merger, not a takeover" denies
// the takeover and agrees with a merger of equals. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';

const kinds = (text: string, subject: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.subject === subject && c.attribute === 'combination')
    .map((c) => (c.value.kind === 'category' ? `${c.value.polarity === 'deny' ? 'not ' : ''}${c.value.category}` : ''));
const conflictsOf = (...texts: string[]) =>
  conflictsAmongSources(texts.map((t, i) => ({ doc: `d${i}`, claims: analyse(t).claims }))).filter((c) => c.attribute === 'combination');

const ACME = 'org:acme-homes';
const EQUALS = 'Acme Homes and Bolt Housing will join to form Crest Group in April. This is a merger of equals, and both boards will have the same say.';
const GROUP = 'Under the plan Crest Group will be a group structure in which Acme Homes keeps its own board, with Bolt Housing holding most seats.';
const TAKEOVER = 'Acme Homes is merging with Bolt Housing. Whatever they say, it’s a takeover by the bigger landlord.';
const NOT_TAKEOVER = 'Acme Homes is merging with Bolt Housing. It is a merger, not a takeover.';

describe('the kind of a combination', () => {
  it('reads a merger of equals, a takeover and a group structure of the parties named', () => {
    expect(kinds(EQUALS, ACME)).toEqual(['merger-of-equals']);
    expect(kinds(GROUP, ACME)).toEqual(['group-structure']);
    expect(kinds(TAKEOVER, ACME)).toEqual(['takeover']);
    expect(kinds(NOT_TAKEOVER, ACME)).toEqual(['not takeover']);
  });

  it('flags a merger of equals against a takeover or a group structure', () => {
    expect(conflictsOf(EQUALS, GROUP)).not.toEqual([]);
    expect(conflictsOf(EQUALS, TAKEOVER)).not.toEqual([]);
  });

  it('does not flag a merger of equals against a denied takeover, nor a takeover against a group structure', () => {
    expect(conflictsOf(EQUALS, NOT_TAKEOVER)).toEqual([]);
    expect(conflictsOf(GROUP, TAKEOVER)).toEqual([]);
  });

  it('reads no kind into a takeover’s date or a group’s name', () => {
    expect(kinds('The takeover date was 1 April, Acme Homes said.', ACME)).toEqual([]);
    expect(kinds('Acme Homes joined the Crest Group Structure Review panel.', ACME)).toEqual([]);
  });

  it('names the attribute in words', () => {
    expect(attributeLabel('combination')).toBe('what kind of combination its merger is');
  });
});
