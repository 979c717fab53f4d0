/** Renders the content pack's inline markup (src/lib/inline-markup.ts) as React elements. */
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { parseInline, type InlineNode } from '../../lib/inline-markup';
import { CONTENT_LANGUAGE } from '../../lib/content-language';
import { refHref } from '../../lib/routes';

function render(nodes: InlineNode[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${keyPrefix}${index}`;
    switch (node.type) {
      case 'text':
        return <Fragment key={key}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={key}>{render(node.children, `${key}.`)}</strong>;
      case 'em':
        return <em key={key}>{render(node.children, `${key}.`)}</em>;
      case 'link':
        return (
          <a key={key} href={node.href} target="_blank" rel="noopener noreferrer" className="external-link">
            {render(node.children, `${key}.`)}
          </a>
        );
      case 'ref':
        return (
          <Link key={key} to={refHref(node.kind, node.id)}>
            {render(node.children, `${key}.`)}
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

/** Content text, marked with the content's language (see src/lib/content-language.ts). */
export function RichText({ text }: { text: string }) {
  const nodes = useMemo(() => parseInline(text), [text]);
  return <span lang={CONTENT_LANGUAGE}>{render(nodes, '')}</span>;
}
