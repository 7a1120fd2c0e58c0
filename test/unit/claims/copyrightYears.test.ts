import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Sallowmere Weekly': 'org:sallowmere-weekly', 'Ivel Ridge Media Ltd': 'org:ivel-ridge-media-ltd' };
const dates = (text: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:'))
    .map((c) => [c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a copyright year in a footer', () => {
  it('dates no event: "X is published by Y. © 2015" says nothing about when Y published', () => {
    expect(dates('Sallowmere Weekly is published by Ivel Ridge Media Ltd. © 2015')).toEqual([]);
    expect(dates('Sallowmere Weekly is published by Ivel Ridge Media Ltd. Copyright 2015')).toEqual([]);
  });

  it('still dates an event written with the year itself', () => {
    expect(dates('Ivel Ridge Media Ltd was founded in 2009.')).toEqual([['date:founded', '2009']]);
  });
});
