import { useMemo } from 'react';
import { footnotesByNumbers, useContent } from '../../../data/content';

/** The footnotes with these numbers, ascending. */
export function useFootnotes(numbers: number[]) {
  const content = useContent();
  // `key` stands for the array's content, so a new array with the same numbers is not looked up again.
  const key = numbers.join(',');
  return useMemo(() => footnotesByNumbers(content, key ? key.split(',').map(Number) : []), [content, key]);
}
