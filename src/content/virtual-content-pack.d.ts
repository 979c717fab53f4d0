declare module 'virtual:content-pack/meta' {
  const meta: { version: string; date: string; langs: readonly ('en' | 'fr')[] };
  export default meta;
}
declare module 'virtual:content-pack/en' {
  import type { ContentPack } from './schema';
  const pack: ContentPack;
  export default pack;
}
declare module 'virtual:content-pack/fr' {
  import type { ContentPack } from './schema';
  const pack: ContentPack;
  export default pack;
}
declare module 'virtual:content-pack/search-index' {
  /** The serialized search index of both languages (src/features/search/engine: serializeIndex), for loadIndex. */
  const json: string;
  export default json;
}
declare module 'virtual:content-pack/urls' {
  /** Where each language's compiled pack is served (assets/content-<lang>-<hash8>.json): src/data/content loads it. */
  const urls: Readonly<Record<'en' | 'fr', string>>;
  export default urls;
}
