import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuideSectionLinks } from '../../../ui/components/guide-section-link';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useChecklist } from '../hooks/use-checklist';
import { useRuns } from '../../../data/checklists/use-runs';
import { ChecklistSteps } from './checklist-steps';
import { RunPanel } from './run-panel';
import '../checklists.css';

interface Props {
  id: string;
  /** Slot for actions from other features (favourite toggle), composed by the app. */
  actions?: ReactNode;
  notFound: ReactNode;
}

/** One checklist: where it comes from, its steps to tick, and the run's dates, restart and history. */
export function ChecklistView({ id, actions, notFound }: Props) {
  const { t } = useTranslation('checklists');
  const data = useChecklist(id);
  const runs = useRuns(id);
  const stepsHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(data ? inlineToPlainText(data.checklist.title) : undefined);

  if (data === null) return <>{notFound}</>;
  const { checklist, sections } = data;

  return (
    <article className="checklist" aria-labelledby="checklist-title">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={routes.checklists()}>{t('title')}</Link>
      </nav>
      <header className="page-header">
        <h1 id="checklist-title">
          <RichText text={checklist.title} />
        </h1>
        {actions}
      </header>
      <p>
        <span className="tag">{t(`kind.${checklist.kind}`)}</span>
      </p>
      <p className="lead">
        <RichText text={checklist.summary} />
      </p>
      <dl className="checklist-refs">
        {checklist.scheme && (
          <>
            <dt>{t('scheme')}</dt>
            <dd>
              <Link to={routes.scheme(checklist.scheme)}>{t('schemeLink')}</Link>
            </dd>
          </>
        )}
        {sections.length > 0 && (
          <>
            <dt>{t('guideSections')}</dt>
            <dd>
              <GuideSectionLinks sections={sections} className="checklist-refs__list" />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="checklist-steps-title">
        <h2 id="checklist-steps-title" ref={stepsHeading} tabIndex={-1}>
          {t('stepsTitle')}
        </h2>
        {/* The steps render at once (they are in the prerendered page); the ticks come from the device. */}
        <ChecklistSteps checklist={checklist} run={runs?.current} pending={runs === undefined} />
        {runs && (
          <RunPanel checklist={checklist} current={runs.current} previous={runs.previous} afterRestart={stepsHeading} />
        )}
      </section>
    </article>
  );
}
