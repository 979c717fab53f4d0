import { useLiveQuery } from 'dexie-react-hooks';
import { listFootnotes } from '../data/list-footnotes';

export function useFootnotes(numbers: number[]) {
  const key = numbers.join(',');
  // `key` stands for the array's content, so a new array with the same numbers does not re-query.
  return useLiveQuery(() => (numbers.length ? listFootnotes(numbers) : Promise.resolve([])), [key]);
}
