import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listFootnotes } from '../data/list-footnotes';

export function useFootnotes(numbers: number[]) {
  const lang = useContentLanguage();
  const key = numbers.join(',');
  // `key` stands for the array's content, so a new array with the same numbers does not re-query.
  return useLiveQuery(() => (numbers.length ? listFootnotes(numbers, lang) : Promise.resolve([])), [key, lang]);
}
