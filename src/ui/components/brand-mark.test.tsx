import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BRAND_MARK, BrandMark } from './brand-mark';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const attribute = (element: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];
const elements = (tag: string) => favicon.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];

describe('the brand mark in the app bar', () => {
  it('draws what public/favicon.svg draws: same colours and paths', () => {
    const [rect] = elements('rect');
    const [star, hand] = elements('path');
    expect(rect && attribute(rect, 'fill')).toBe(BRAND_MARK.background);
    expect(star && [attribute(star, 'fill'), attribute(star, ' d')]).toEqual([BRAND_MARK.star, BRAND_MARK.starPath]);
    expect(hand && [attribute(hand, 'fill'), attribute(hand, ' d')]).toEqual([BRAND_MARK.hands, BRAND_MARK.handPath]);
    // The favicon draws the second hand as a mirrored <use> of the first; the mark mirrors the same path.
    expect(elements('use')[0]).toContain('translate(512 0) scale(-1 1)');
  });

  it('is inline and decorative: no image to fetch, nothing announced', () => {
    const { container } = render(<BrandMark />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('img')).toBeNull();
    expect(svg?.querySelectorAll('path')).toHaveLength(3);
    expect(svg?.querySelectorAll('path')[2]?.getAttribute('transform')).toBe('translate(512 0) scale(-1 1)');
  });
});
