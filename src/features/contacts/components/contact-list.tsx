import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLoading } from '../../../ui/components/page-loading';
import { routes } from '../../../shared/routes';
import { useSearchParamState } from '../../../ui/hooks/use-search-param-state';
import { useContactCount, useContactRows } from '../../../data/contacts/use-contact-list';
import { isFiltered, isRangeReversed, parseFilters, toContactQuery } from '../list-filters';
import type { ContactListNotice } from './contact-form';
import { ContactFilters, type FilterName } from './contact-filters';
import { ContactListItem } from './contact-list-item';
import { ExportPanel } from './export-panel';
import '../contacts.css';

/** Rows read per "Show more": the index serves one page at a time, so 10 000 contacts open as fast as 10. */
export const PAGE_SIZE = 50;

/** /contacts: newest first, filtered by period, kind and sync state, with the exports. */
export function ContactList() {
  const { t } = useTranslation('contacts');
  const notice = (useLocation().state as Partial<ContactListNotice> | null)?.contactNotice;
  const params = {
    period: useSearchParamState('period'),
    from: useSearchParamState('from'),
    to: useSearchParamState('to'),
    kind: useSearchParamState('kind'),
    sync: useSearchParamState('sync'),
  };
  const raw = {
    period: params.period[0],
    from: params.from[0],
    to: params.to[0],
    kind: params.kind[0],
    sync: params.sync[0],
  };
  const filters = parseFilters(raw);
  // "Last 7 days" counts from when the page opened: a moving bound would re-run the query on every render.
  const [openedAt] = useState(() => new Date());
  const query = toContactQuery(filters, openedAt);

  // Back to one page whenever the filters change ("adjusting state when a prop changes").
  const queryKey = JSON.stringify(query);
  const [paging, setPaging] = useState({ key: queryKey, pages: 1 });
  const pages = paging.key === queryKey ? paging.pages : 1;
  const rows = useContactRows(query, pages * PAGE_SIZE);
  const count = useContactCount(query, rows !== undefined);

  // Performance mark for scripts/bench/contacts-browser.ts: the first rows are on screen.
  const rendered = useRef(false);
  useEffect(() => {
    if (rows && !rendered.current) {
      rendered.current = true;
      performance.mark('contacts-list-render');
    }
  }, [rows]);

  // After "Show more", focus goes to the first new contact (keyboard and screen-reader users keep their place).
  const pendingFocus = useRef<number | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);
  // In the commit that draws the new rows: no frame where the removed "Show more" button leaves focus nowhere.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined || !rows || rows.length <= index) return;
    pendingFocus.current = undefined;
    list.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[index]?.focus();
  }, [rows]);
  const showMore = () => {
    pendingFocus.current = rows?.length;
    setPaging({ key: queryKey, pages: pages + 1 });
  };

  const change = (name: FilterName, value: string) => params[name][1](value);
  const hasMore =
    rows !== undefined && rows.length === pages * PAGE_SIZE && (count === undefined || count > rows.length);

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        <Link to={routes.newContact()} className="button button--primary">
          <span aria-hidden="true">+</span> {t('list.new')}
        </Link>
      </div>
      {notice && (
        <p role="status" className="callout contact-notice">
          {t(`list.notice.${notice}`)}
          {notice === 'savedLocal' && (
            <>
              {' '}
              <Link to={routes.team()}>{t('list.notice.joinTeam')}</Link>
            </>
          )}
        </p>
      )}
      <ContactFilters filters={filters} raw={raw} onChange={change} />
      <p role="status" className="contact-count">
        {count === undefined || isRangeReversed(filters) ? '' : t('list.count', { count })}
      </p>
      {rows === undefined ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <p>{isFiltered(filters) ? t('list.noMatch') : t('list.empty')}</p>
      ) : (
        <ul ref={list} className="card-list contact-list">
          {rows.map((row) => (
            <ContactListItem key={row.id} row={row} />
          ))}
        </ul>
      )}
      {hasMore && (
        <p className="contact-more">
          <button type="button" className="button" onClick={showMore}>
            {t('list.showMore', { count: PAGE_SIZE })}
          </button>
        </p>
      )}
      <ExportPanel />
    </>
  );
}
