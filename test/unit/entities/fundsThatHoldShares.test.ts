// A fund named in money's company ("paid £2.1 million", "worth £40m") is most often a pot of money,
// a scheme (RULES.md); but a fund that holds shares or a stake in a company is an investment vehicle,
// a body, however much money is said around it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('funds that hold shares are bodies', () => {
  it('finds a fund that bought or holds shares or a stake, in several wordings', () => {
    const sentences = [
      'We know that the Harwick Impact Fund, which paid £2.1 million for its 30% of the shares in 2019, had two seats on the board.',
      'The Harwick Impact Fund paid £2 million for a 30% stake in the supplier.',
      'In 2019 the Harwick Impact Fund spent £2.1m buying shares in the company.',
      'The Harwick Impact Fund, worth £40 million, is the largest shareholder.',
    ];
    for (const text of sentences) expect(textsOf(text, 'organisation')).toContain('Harwick Impact Fund');
  });

  it('still reads a fund that is only money as a pot, even beside the word "share"', () => {
    const pots = [
      'Councils can bid for a share of the £40 million Harwick Impact Fund.',
      'The Harwick Impact Fund, worth £40 million, was launched in May.',
    ];
    for (const text of pots) expect(textsOf(text, 'organisation')).not.toContain('Harwick Impact Fund');
  });
});
