import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import type { Block } from '../../../content/schema';
import { footnoteNumbers, neighbours } from '../build-toc';
import { useFootnotes } from '../hooks/use-footnotes';
import { useContent } from '../../../data/content';
import { useSections } from '../hooks/use-sections';
import { rememberLastRead } from '../toc-memory';
import { Blocks } from './block-view';
import '../guide.css';

function* texts(blocks: Block[]): Generator<string> {
  for (const block of blocks) {
    if (block.type === 'p' || block.type === 'heading') yield block.text;
    else if (block.type === 'list') yield* block.items;
    else if (block.type === 'callout' || block.type === 'example') yield* texts(block.blocks);
    else if (block.type === 'table') for (const row of block.rows) yield* row;
  }
}

interface Props {
  id: string;
  /** Slot for actions from other features (favourite toggle), composed by the app. */
  actions?: ReactNode;
  /** Slot rendered after the section's text (Table 1 matrix for the table section). */
  extra?: ReactNode;
  notFound: ReactNode;
}

/** One guide section with its breadcrumbs, subsections, footnotes and previous/next links. */
export function GuideSectionView({ id, actions, extra, notFound }: Props) {
  const { t } = useTranslation('guide');
  const { hash } = useLocation();
  const section = useContent().sectionsById.get(id) ?? null;
  const sections = useSections();
  const notes = useMemo(() => footnoteNumbers(section ? texts(section.blocks) : []), [section]);
  const footnotes = useFootnotes(notes);
  useDocumentTitle(section ? inlineToPlainText(section.title) : undefined);

  // Land on the anchor (an example, a callout, a footnote): the section renders with its first render.
  const rendered = section !== null;
  useEffect(() => {
    if (rendered && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [rendered, hash]);
  // The table of contents opens on this section's chapter next time.
  useEffect(() => {
    if (rendered) rememberLastRead(id);
  }, [rendered, id]);

  if (section === null) return <>{notFound}</>;

  const parent = sections.find((s) => s.id === section.parent);
  const children = sections.filter((s) => s.parent === section.id);
  const { previous, next } = neighbours(sections, section.id);

  return (
    <article className="guide-section" aria-labelledby="section-title">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={routes.guide()}>{t('title')}</Link>
        {parent && (
          <>
            {' › '}
            <Link to={routes.section(parent.id)}>{parent.number ?? inlineToPlainText(parent.title)}</Link>
          </>
        )}
      </nav>
      <header className="page-header">
        <h1 id="section-title">
          {section.number && <span className="section-number">{section.number}</span>} <RichText text={section.title} />
        </h1>
        {actions}
      </header>
      <Blocks blocks={section.blocks} />
      {extra}
      {children.length > 0 && (
        <nav aria-label={t('subsections')} className="subsections">
          <h2>{t('subsections')}</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link to={routes.section(child.id)}>
                  {child.number && <span className="toc__number">{child.number}</span>}
                  {inlineToPlainText(child.title)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {footnotes.length > 0 && (
        <section className="footnotes" aria-labelledby="footnotes-title">
          <h2 id="footnotes-title">{t('footnotes')}</h2>
          <ol>
            {footnotes.map((note) => (
              <li key={note.number} id={`fn-${note.number}`} value={note.number}>
                <RichText text={note.text} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <nav aria-label={t('pagination')} className="pager">
        {previous ? (
          <Link to={routes.section(previous.id)} rel="prev">
            <span className="pager__label">{t('previous')}</span>
            <span>
              {previous.number ? `${previous.number} ` : ''}
              {inlineToPlainText(previous.title)}
            </span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={routes.section(next.id)} rel="next" className="pager__next">
            <span className="pager__label">{t('next')}</span>
            <span>
              {next.number ? `${next.number} ` : ''}
              {inlineToPlainText(next.title)}
            </span>
          </Link>
        )}
      </nav>
    </article>
  );
}
