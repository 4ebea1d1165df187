// Components that show content: text, headings, links, lists, tags, alerts,
// empty, error and loading states, progress, steps, statistics, description
// lists, accordions. Each one's semantics are the HTML a screen reader knows.
import { Children, useId, useState } from 'react';
import { callRemote, cx, extensionEvent, testAttrs, useHost } from './base.js';
import { Illustration } from './illustration.jsx';

const WEIGHT = { bold: 700, demibold: 600, regular: 400 };
const DECORATION = { underline: 'underline', strikethrough: 'line-through', none: 'none' };
const TRANSFORM = { uppercase: 'uppercase', lowercase: 'lowercase', capitalize: 'capitalize' };

export function Text(props) {
    const format = props.format || {};
    const truncate = props.truncate;
    const style = {
        fontWeight: WEIGHT[format.fontWeight],
        fontStyle: format.italic ? 'italic' : undefined,
        textDecoration: DECORATION[format.lineDecoration],
        textTransform: TRANSFORM[format.textTransform],
        ...(truncate ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: typeof truncate === 'object' && truncate.maxWidth ? `${truncate.maxWidth}px` : '100%' } : {}),
    };
    const Tag = props.inline ? 'span' : 'p';
    const title = truncate && typeof truncate === 'object' ? truncate.tooltipText : undefined;
    return (
        <Tag className={cx('hs-text', props.variant === 'microcopy' && 'hs-text--micro', props.inline && 'hs-text--inline')} style={style} title={title} {...testAttrs(props)}>
            {props.children}
        </Tag>
    );
}

export function Heading(props) {
    return (
        <h3 className={cx('hs-heading', props.inline && 'hs-heading--inline')} {...testAttrs(props)}>
            {props.children}
        </h3>
    );
}

/** Only web, mail and phone links, or a page anchor; anything else (javascript:) is not a link. */
function safeHref(href) {
    const url = typeof href === 'string' ? href : href && href.url;
    return typeof url === 'string' && /^(https?:|mailto:|tel:|#|\/)/i.test(url.trim()) ? url.trim() : null;
}

export function Link(props) {
    const href = safeHref(props.href);
    const external = typeof props.href === 'object' && props.href ? props.href.external : href && /^https?:/i.test(href);
    const onClick = (event) => {
        if (props.preventDefault || !href) event.preventDefault();
        callRemote(props.onClick, extensionEvent(event));
    };
    return (
        <a className={cx('hs-link', props.variant && `hs-link--${props.variant}`)} href={href ?? '#'} onClick={onClick} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})} {...testAttrs(props)}>
            {props.children}
        </a>
    );
}

export function List(props) {
    const ordered = props.variant === 'ordered' || props.variant === 'ordered-styled';
    const ListTag = ordered ? 'ol' : 'ul';
    return (
        <ListTag className={cx('hs-list', props.variant && `hs-list--${props.variant}`)} {...testAttrs(props)}>
            {Children.map(props.children, (child) => (child === null || child === undefined || child === false ? null : <li>{child}</li>))}
        </ListTag>
    );
}

export function Image(props) {
    const img = <img className="hs-image" src={props.src} alt={props.alt ?? ''} width={props.width} height={props.height} {...testAttrs(props)} />;
    const href = safeHref(props.href);
    return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
            {img}
        </a>
    ) : (
        img
    );
}

export function Icon(props) {
    return (
        <span className="hs-icon" {...testAttrs(props)}>
            <span aria-hidden="true">◆</span>
            {props.screenReaderText ? <span className="hs-sr-only">{props.screenReaderText}</span> : null}
        </span>
    );
}

export function Tag(props) {
    const className = cx('hs-tag', `hs-tag--${props.variant || 'default'}`);
    if (props.onClick) {
        return (
            <button type="button" className={cx(className, 'hs-tag--button')} onClick={(e) => callRemote(props.onClick, extensionEvent(e))} {...testAttrs(props)}>
                {props.children}
            </button>
        );
    }
    return (
        <span className={className} {...testAttrs(props)}>
            {props.children}
        </span>
    );
}

export function StatusTag(props) {
    const { t } = useHost();
    const variant = props.variant || 'default';
    const body = (
        <>
            <span className={cx('hs-status-dot', `hs-status-dot--${variant}`, props.hollow && 'hs-status-dot--hollow')} aria-hidden="true" />
            {props.children}
        </>
    );
    return (
        <span className="hs-status-tag" {...testAttrs(props)}>
            {props.onClick ? (
                <button type="button" className="hs-status-tag__button" onClick={() => callRemote(props.onClick)}>
                    {body}
                </button>
            ) : (
                body
            )}
            {props.showRemoveIcon ? (
                <button type="button" className="hs-status-tag__remove" aria-label={t('ui.close')} onClick={() => callRemote(props.onRemoveClick)}>
                    ×
                </button>
            ) : null}
        </span>
    );
}

export function Alert(props) {
    const variant = props.variant || 'info';
    const urgent = variant === 'error' || variant === 'danger';
    return (
        <div className={cx('hs-alert', `hs-alert--${variant}`)} role={urgent ? 'alert' : 'status'} {...testAttrs(props)}>
            <p className="hs-alert__title">{props.title}</p>
            {props.children ? <div className="hs-alert__body">{props.children}</div> : null}
        </div>
    );
}

/** An illustration beside a title and the content: what EmptyState and ErrorState draw. */
function StateView({ props, className, illustration }) {
    return (
        <div className={className} {...testAttrs(props)}>
            {illustration}
            <div className="hs-empty__content">
                {props.title ? <p className="hs-empty__title">{props.title}</p> : null}
                {props.children}
            </div>
        </div>
    );
}

export function EmptyState(props) {
    const className = cx('hs-empty', props.layout === 'horizontal' && 'hs-empty--horizontal', props.reverseOrder && 'hs-empty--reverse', props.flush && 'hs-empty--flush');
    return <StateView props={props} className={className} illustration={<Illustration name={props.imageName || 'emptyStateCharts'} width={props.imageWidth} />} />;
}

export function ErrorState(props) {
    return <StateView props={props} className="hs-empty hs-empty--error" illustration={<Illustration name={props.type === 'lock' ? 'lock' : 'error'} />} />;
}

export function LoadingSpinner(props) {
    return (
        <div className={cx('hs-spinner', props.layout === 'centered' && 'hs-spinner--centered')} role="status" {...testAttrs(props)}>
            <span className={cx('hs-spinner__wheel', `hs-spinner__wheel--${props.size || 'sm'}`)} aria-hidden="true" />
            <span className={props.showLabel ? 'hs-spinner__label' : 'hs-sr-only'}>{props.label}</span>
        </div>
    );
}

export function ProgressBar(props) {
    const max = Number(props.maxValue ?? props.valueMax ?? 100) || 100;
    const value = Math.min(max, Math.max(0, Number(props.value) || 0));
    const percent = Math.round((value / max) * 100);
    const id = useId();
    return (
        <div className="hs-progress" {...testAttrs(props)}>
            {props.title || props.showPercentage ? (
                <div className="hs-progress__head">
                    {props.title ? <span id={`${id}-title`}>{props.title}</span> : <span />}
                    {props.showPercentage ? <span aria-hidden="true">{percent}%</span> : null}
                </div>
            ) : null}
            <div
                className={cx('hs-progress__track', props.variant && `hs-progress--${props.variant}`)}
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={max}
                aria-valuenow={value}
                aria-valuetext={props.valueDescription || `${percent}%`}
                {...(props.title ? { 'aria-labelledby': `${id}-title` } : { 'aria-label': props['aria-label'] || `${percent}%` })}
            >
                <div className="hs-progress__fill" style={{ width: `${percent}%` }} />
            </div>
            {props.valueDescription ? <p className="hs-text hs-text--micro">{props.valueDescription}</p> : null}
        </div>
    );
}

export function ScoreCircle(props) {
    const score = Math.max(0, Math.min(100, Number(props.score) || 0));
    const r = 26;
    const length = 2 * Math.PI * r;
    return (
        <span className="hs-score" role="img" aria-label={String(props.score)} {...testAttrs(props)}>
            <svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true">
                <circle cx="32" cy="32" r={r} className="hs-score__track" />
                <circle cx="32" cy="32" r={r} className="hs-score__value" strokeDasharray={`${(score / 100) * length} ${length}`} transform="rotate(-90 32 32)" />
                <text x="32" y="37" textAnchor="middle" className="hs-score__text">
                    {props.score}
                </text>
            </svg>
        </span>
    );
}

export function StepIndicator(props) {
    const { t } = useHost();
    const steps = Array.isArray(props.stepNames) ? props.stepNames : [];
    const current = Number(props.currentStep ?? 0);
    return (
        <ol className={cx('hs-steps', props.direction === 'vertical' && 'hs-steps--vertical', props.variant && `hs-steps--${props.variant}`)} {...testAttrs(props)}>
            {steps.map((name, i) => {
                const state = i < current ? 'done' : i === current ? 'current' : 'todo';
                const label = (
                    <>
                        <span className="hs-steps__dot" aria-hidden="true">
                            {i < current ? '✓' : i + 1}
                        </span>
                        <span className="hs-steps__name">{name}</span>
                        <span className="hs-sr-only">{t('ui.step', { n: i + 1, total: steps.length })}</span>
                    </>
                );
                return (
                    <li key={i} className={`hs-steps__step hs-steps__step--${state}`} aria-current={i === current ? 'step' : undefined}>
                        {props.onClick ? (
                            <button type="button" className="hs-steps__button" onClick={() => callRemote(props.onClick, i)}>
                                {label}
                            </button>
                        ) : (
                            label
                        )}
                    </li>
                );
            })}
        </ol>
    );
}

export function Statistics(props) {
    return (
        <div className="hs-stats" {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function StatisticsItem(props) {
    return (
        <dl className="hs-stat" {...testAttrs(props)}>
            <dt className="hs-stat__label">{props.label}</dt>
            <dd className="hs-stat__number">{props.number}</dd>
            {props.children ? <dd className="hs-stat__trend">{props.children}</dd> : null}
        </dl>
    );
}

export function StatisticsTrend(props) {
    const { t } = useHost();
    const up = props.direction === 'increase';
    const color = props.color || (up ? 'green' : 'red');
    return (
        <span className={cx('hs-trend', `hs-trend--${color}`)} {...testAttrs(props)}>
            <span aria-hidden="true">{up ? '▲' : '▼'}</span>
            <span className="hs-sr-only">{t(up ? 'ui.increase' : 'ui.decrease')}</span> {props.value}
        </span>
    );
}

export function DescriptionList(props) {
    return (
        <dl className={cx('hs-dl', props.direction === 'column' ? 'hs-dl--column' : 'hs-dl--row')} {...testAttrs(props)}>
            {props.children}
        </dl>
    );
}

export function DescriptionListItem(props) {
    return (
        <div className="hs-dl__item" {...testAttrs(props)}>
            <dt className="hs-dl__label">{props.label}</dt>
            <dd className="hs-dl__value">{props.children}</dd>
        </div>
    );
}

export function Accordion(props) {
    const controlled = typeof props.open === 'boolean';
    const [openState, setOpen] = useState(Boolean(props.defaultOpen));
    const open = controlled ? props.open : openState;
    const id = useId();
    return (
        <div className={cx('hs-accordion', `hs-accordion--${props.size || 'sm'}`)} {...testAttrs(props)}>
            <button
                type="button"
                className="hs-accordion__toggle"
                aria-expanded={open}
                aria-controls={`${id}-panel`}
                id={`${id}-toggle`}
                disabled={props.disabled}
                onClick={() => {
                    if (!controlled) setOpen(!open);
                    callRemote(props.onClick);
                }}
            >
                <span className="hs-accordion__caret" aria-hidden="true">
                    {open ? '▾' : '▸'}
                </span>
                {props.title}
            </button>
            <div className="hs-accordion__panel" id={`${id}-panel`} role="region" aria-labelledby={`${id}-toggle`} hidden={!open}>
                {props.children}
            </div>
        </div>
    );
}

export function ExpandableText(props) {
    const [open, setOpen] = useState(false);
    const { t } = useHost();
    return (
        <div className="hs-expandable" {...testAttrs(props)}>
            <div className={open ? undefined : 'hs-expandable__clamp'}>{props.children}</div>
            <button type="button" className="hs-link hs-link--button" aria-expanded={open} onClick={() => setOpen(!open)}>
                {t(open ? 'ui.showLess' : 'ui.showMore')}
            </button>
        </div>
    );
}

export function Tooltip(props) {
    return (
        <span className="hs-tooltip" role="tooltip" {...testAttrs(props)}>
            {props.children}
        </span>
    );
}
