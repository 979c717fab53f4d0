import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inlineToPlainText } from '../../../lib/inline-markup';
import { routes } from '../../../lib/routes';
import { buildToc, type TocNode } from '../build-toc';
import { useSections } from '../hooks/use-sections';

function TocList({ nodes, level }: { nodes: TocNode[]; level: number }) {
  return (
    <ol className={`toc toc--level-${level}`}>
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <Link to={routes.section(section.id)}>
            {section.number && <span className="toc__number">{section.number}</span>}
            <span>{inlineToPlainText(section.title)}</span>
          </Link>
          {children.length > 0 && <TocList nodes={children} level={level + 1} />}
        </li>
      ))}
    </ol>
  );
}

/** The guide's table of contents: every section, nested as in the guide. */
export function GuideToc() {
  const { t } = useTranslation('guide');
  const sections = useSections();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <nav aria-label={t('toc')}>
        <TocList nodes={buildToc(sections)} level={1} />
      </nav>
    </>
  );
}
