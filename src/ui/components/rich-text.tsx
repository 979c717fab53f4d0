/** Renders the content pack's inline markup (src/shared/text/inline-markup.ts) as React elements. */
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { parseInline, type InlineNode } from '../../shared/text/inline-markup';
import {
  useContentLanguage,
  useInterfaceLanguage,
  withContentLanguage,
  type ContentLanguage,
} from '../../platform/i18n/content-language';
import { refHref } from '../../shared/routes';

/** Content language and interface language: links inside the text keep the language the text is read in. */
type Languages = { lang: ContentLanguage; ui: ContentLanguage };

function render(nodes: InlineNode[], keyPrefix: string, langs: Languages): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${keyPrefix}${index}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={key}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={key}>{render(node.children, `${key}.`, langs)}</strong>;
      case 'em':
        return <em key={key}>{render(node.children, `${key}.`, langs)}</em>;
      case 'link':
        return (
          <a key={key} href={node.href} target="_blank" rel="noopener noreferrer" className="external-link">
            {render(node.children, `${key}.`, langs)}
          </a>
        );
      case 'ref':
        return (
          <Link key={key} to={withContentLanguage(refHref(node.kind, node.id), langs.lang, langs.ui)}>
            {render(node.children, `${key}.`, langs)}
          </Link>
        );
      case 'footnote':
        return (
          <sup key={key} className="footnote-ref">
            <a href={`#fn-${node.number}`} id={`fnref-${node.number}-${keyPrefix}`}>
              {node.number}
            </a>
          </sup>
        );
    }
  });
}

/** Content text, marked with the language the page reads content in (src/platform/i18n/content-language.ts). */
export function RichText({ text }: { text: string }) {
  const lang = useContentLanguage();
  const ui = useInterfaceLanguage();
  const nodes = useMemo(() => parseInline(text), [text]);
  return <span lang={lang}>{render(nodes, '', { lang, ui })}</span>;
}
