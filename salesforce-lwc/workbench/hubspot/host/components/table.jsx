// Table, its sections, rows, headers (sortable) and cells, and the pager a
// paginated table shows: a real <table>, so screen readers announce headers.
import { createContext, useContext } from 'react';
import { callRemote, cx, testAttrs, useHost } from './base.js';

const Section = createContext('body');
const width = (w) => (typeof w === 'number' ? `${w}px` : w === 'min' ? '1%' : undefined);

function Pager({ page, pageCount, onPageChange, showFirstLast, showLabels, maxButtons = 5 }) {
    const { t } = useHost();
    const go = (n) => n >= 1 && n <= pageCount && n !== page && callRemote(onPageChange, n);
    const first = Math.max(1, Math.min(page - Math.floor(maxButtons / 2), pageCount - maxButtons + 1));
    const pages = Array.from({ length: Math.min(maxButtons, pageCount) }, (_, i) => first + i);
    return (
        <nav className="hs-pager" aria-label={t('ui.pagination')}>
            {showFirstLast ? (
                <button type="button" className="hs-pager__button" disabled={page <= 1} onClick={() => go(1)}>
                    {t('ui.first')}
                </button>
            ) : null}
            <button type="button" className="hs-pager__button" disabled={page <= 1} onClick={() => go(page - 1)} aria-label={showLabels ? undefined : t('ui.previous')}>
                {showLabels ? t('ui.previous') : '‹'}
            </button>
            {pages.map((n) => (
                <button key={n} type="button" className={cx('hs-pager__button', n === page && 'hs-pager__button--current')} aria-current={n === page ? 'page' : undefined} aria-label={t('ui.page', { page: n })} onClick={() => go(n)}>
                    {n}
                </button>
            ))}
            <button type="button" className="hs-pager__button" disabled={page >= pageCount} onClick={() => go(page + 1)} aria-label={showLabels ? undefined : t('ui.next')}>
                {showLabels ? t('ui.next') : '›'}
            </button>
            {showFirstLast ? (
                <button type="button" className="hs-pager__button" disabled={page >= pageCount} onClick={() => go(pageCount)}>
                    {t('ui.last')}
                </button>
            ) : null}
        </nav>
    );
}

export function Table(props) {
    return (
        <div className={cx('hs-table-wrap', props.flush && 'hs-table-wrap--flush')} {...testAttrs(props)}>
            <table className={cx('hs-table', props.bordered !== false && 'hs-table--bordered', props.density && `hs-table--${props.density}`)}>{props.children}</table>
            {props.paginated ? (
                <Pager page={Number(props.page) || 1} pageCount={Math.max(1, Number(props.pageCount) || 1)} onPageChange={props.onPageChange} showFirstLast={props.showFirstLastButtons} showLabels={props.showButtonLabels !== false} maxButtons={props.maxVisiblePageButtons} />
            ) : null}
        </div>
    );
}

const section = (Tag, name) =>
    function TableSection(props) {
        return (
            <Section.Provider value={name}>
                <Tag {...testAttrs(props)}>{props.children}</Tag>
            </Section.Provider>
        );
    };

export const TableHead = section('thead', 'head');
export const TableBody = section('tbody', 'body');
export const TableFooter = section('tfoot', 'foot');

export function TableRow(props) {
    return <tr {...testAttrs(props)}>{props.children}</tr>;
}

const SORT_NEXT = { none: 'ascending', ascending: 'descending', descending: 'none' };

export function TableHeader(props) {
    const where = useContext(Section);
    const sortable = props.sortDirection && props.sortDirection !== 'never';
    return (
        <th scope={where === 'head' ? 'col' : 'row'} className={cx('hs-th', props.align && `hs-align--${props.align}`)} style={{ width: width(props.width) }} aria-sort={sortable ? (props.sortDirection === 'none' ? 'none' : props.sortDirection) : undefined} {...testAttrs(props)}>
            {sortable ? (
                <button type="button" className="hs-th__sort" disabled={props.disabled} onClick={() => callRemote(props.onSortChange, SORT_NEXT[props.sortDirection] || 'ascending')}>
                    {props.children}
                    <span aria-hidden="true">{props.sortDirection === 'ascending' ? ' ▲' : props.sortDirection === 'descending' ? ' ▼' : ' ⇅'}</span>
                </button>
            ) : (
                props.children
            )}
        </th>
    );
}

export function TableCell(props) {
    return (
        <td className={cx('hs-td', props.align && `hs-align--${props.align}`)} style={{ width: width(props.width) }} colSpan={props.colSpan} {...testAttrs(props)}>
            {props.children}
        </td>
    );
}
