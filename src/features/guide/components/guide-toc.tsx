import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useHydrated } from '../../../platform/hydration/use-hydrated';
import { buildToc, chapterOf, type TocNode } from '../build-toc';
import { useSections } from '../hooks/use-sections';
import { lastRead, openChapters, setChapterOpen } from '../toc-memory';
import '../guide.css';

function TocLink({ section }: Pick<TocNode, 'section'>) {
  return (
    <Link to={routes.section(section.id)}>
      {section.number && <span className="toc__number">{section.number}</span>}
      <span>{inlineToPlainText(section.title)}</span>
    </Link>
  );
}

function TocList({ nodes, level }: { nodes: TocNode[]; level: number }) {
  return (
    <ol className={`toc toc--level-${level}`}>
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <TocLink section={section} />
          {children.length > 0 && <TocList nodes={children} level={level + 1} />}
        </li>
      ))}
    </ol>
  );
}

/** One chapter: its own link, and a button that shows or hides its sections. */
function TocChapter({
  node,
  open,
  ready,
  onToggle,
}: {
  node: TocNode;
  open: boolean;
  /** False in the prerendered page: a tap before the app has started would be lost, so the button says so. */
  ready: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useTranslation('guide');
  const listId = useId();
  const { section, children } = node;
  return (
    <li className="toc__chapter">
      <div className="toc__chapter-row">
        <TocLink section={section} />
        {children.length > 0 && (
          <button
            type="button"
            className="button button--small toc__toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-describedby={`${listId}-title`}
            disabled={!ready}
            onClick={() => onToggle(!open)}
          >
            <span aria-hidden="true" className="toc__chevron" />
            {t('tocSections', { count: children.length })}
          </button>
        )}
      </div>
      {children.length > 0 && (
        <div id={listId} hidden={!open}>
          <span id={`${listId}-title`} hidden>
            {inlineToPlainText(section.title)}
          </span>
          <TocList nodes={children} level={2} />
        </div>
      )}
    </li>
  );
}

/**
 * The guide's table of contents: the chapters, each opening onto its sections (issue #15: the full list was a
 * 3 300 px wall of links on a phone). The chapter of the last section read is open. The prerendered page has
 * every chapter closed; the device's memory applies once hydrated, so hydration never mismatches.
 */
export function GuideToc() {
  const { t } = useTranslation('guide');
  const sections = useSections();
  const hydrated = useHydrated();
  const remembered = () => {
    const last = lastRead();
    return openChapters(last ? chapterOf(sections, last) : undefined);
  };
  const [open, setOpen] = useState<ReadonlySet<string>>(() => (hydrated ? remembered() : new Set()));
  // Hydrated after the first render (a prerendered page): now the device's memory may show.
  const [applied, setApplied] = useState(hydrated);
  if (hydrated && !applied) {
    setApplied(true);
    setOpen(remembered());
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <nav aria-label={t('toc')}>
        <ol className="toc toc--level-1">
          {buildToc(sections).map((node) => (
            <TocChapter
              key={node.section.id}
              node={node}
              open={open.has(node.section.id)}
              ready={hydrated}
              onToggle={(value) => setOpen(setChapterOpen(node.section.id, value))}
            />
          ))}
        </ol>
      </nav>
    </>
  );
}
