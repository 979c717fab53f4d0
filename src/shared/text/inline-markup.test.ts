import { describe, expect, it } from 'vitest';
import { inlineToPlainText, parseInline } from './inline-markup';

describe('parseInline', () => {
  it.each([
    ['plain text', [{ type: 'text', text: 'plain text' }]],
    [
      'a **bold** word',
      [
        { type: 'text', text: 'a ' },
        { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
        { type: 'text', text: ' word' },
      ],
    ],
    ['*it*', [{ type: 'em', children: [{ type: 'text', text: 'it' }] }]],
    ['5 * 3 * 2', [{ type: 'text', text: '5 * 3 * 2' }]],
    [
      'see[^2].',
      [
        { type: 'text', text: 'see' },
        { type: 'footnote', number: 2 },
        { type: 'text', text: '.' },
      ],
    ],
    [
      '[CESDIP](https://www.cesdip.fr)',
      [{ type: 'link', href: 'https://www.cesdip.fr', children: [{ type: 'text', text: 'CESDIP' }] }],
    ],
    [
      'a [**lookout**](term:guetteur)',
      [
        { type: 'text', text: 'a ' },
        {
          type: 'ref',
          kind: 'term',
          id: 'guetteur',
          children: [{ type: 'strong', children: [{ type: 'text', text: 'lookout' }] }],
        },
      ],
    ],
    ['[not a link](javascript:alert(1))', [{ type: 'text', text: '[not a link](javascript:alert(1))' }]],
    ['[unknown](foo:bar)', [{ type: 'text', text: '[unknown](foo:bar)' }]],
  ])('%s', (input, expected) => {
    expect(parseInline(input)).toEqual(expected);
  });

  it('gives the plain text without markup or footnote marks', () => {
    expect(inlineToPlainText('The **CEJ**[^3] via [local missions](scheme:mission-locale)')).toBe(
      'The CEJ via local missions',
    );
  });
});
