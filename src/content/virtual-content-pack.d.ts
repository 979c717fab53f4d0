declare module 'virtual:content-pack/meta' {
  const meta: { version: string; date: string; langs: readonly ('en' | 'fr')[] };
  export default meta;
}
declare module 'virtual:content-pack/en' {
  import type { ContentPack } from './schema';
  const pack: ContentPack;
  export default pack;
}
