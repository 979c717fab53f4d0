import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useContent } from '../../../data/content';
import { recentPlaces } from '../data/recent-places';
import { schemeOptions, topicOptions } from '../form-choices';

/** What the form offers to pick from: Table 1 topics, schemes, recent places; undefined while places are read. */
export function useFormOptions() {
  const content = useContent();
  const choices = useMemo(() => ({ topics: topicOptions(content), schemes: schemeOptions(content) }), [content]);
  const places = useLiveQuery(recentPlaces, []);
  return useMemo(() => places && { ...choices, places }, [choices, places]);
}
