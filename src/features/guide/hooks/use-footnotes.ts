import { useLiveQuery } from 'dexie-react-hooks';
import { listFootnotes } from '../data/list-footnotes';

export function useFootnotes(numbers: number[]) {
  const key = numbers.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the array's content.
  return useLiveQuery(() => (numbers.length ? listFootnotes(numbers) : Promise.resolve([])), [key]);
}
