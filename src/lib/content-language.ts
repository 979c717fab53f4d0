/**
 * Language of the bundled content pack. The guide's source is its English edition, so content is English
 * whatever the interface language; content elements carry `lang` so screen readers pronounce it right and
 * browsers hyphenate it correctly inside a French interface.
 */
export const CONTENT_LANGUAGE = 'en';
