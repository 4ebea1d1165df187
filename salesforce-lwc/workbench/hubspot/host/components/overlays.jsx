// What opens over a card: Modal and Panel (opened by the Button, Link or Tag
// whose `overlay` holds them, by the `reactions` an onClick receives, and
// closed by actions.closeOverlay), and Tabs. Dialogs take the focus, keep it
// inside, close on Escape and give it back to what opened them.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { callRemote, cx, testAttrs, useHost } from './base.js';

const Overlays = createContext(null);
const Owner = createContext(null);

/** One per extension: which overlays (by their `id`) are open. */
export function OverlayProvider({ children, registerClose }) {
    const [open, setOpen] = useState(() => new Set());
    const value = useMemo(
        () => ({
            isOpen: (id) => open.has(id),
            open: (id) => setOpen((s) => new Set(s).add(id)),
            close: (id) =>
                setOpen((s) => {
                    const next = new Set(s);
                    next.delete(id);
                    return next;
                }),
        }),
        [open]
    );
    useEffect(() => registerClose && registerClose(value.close), [registerClose, value]);
    return <Overlays.Provider value={value}>{children}</Overlays.Provider>;
}

export const useOverlays = () => useContext(Overlays);

/** The `reactions` HubSpot passes to an onClick handler. */
export function useReactions() {
    const overlays = useOverlays();
    return useMemo(
        () => ({
            openPanel: (id) => overlays && overlays.open(id),
            closePanel: (id) => overlays && overlays.close(id),
            openModal: (id) => overlays && overlays.open(id),
            closeModal: (id) => overlays && overlays.close(id),
        }),
        [overlays]
    );
}

/** Holds a control's `overlay` fragment; the Modal or Panel inside tells the control its id. */
export function OverlayOwner({ owner, children }) {
    return <Owner.Provider value={owner}>{children}</Owner.Provider>;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function Dialog({ props, kind }) {
    const { t } = useHost();
    const overlays = useOverlays();
    const owner = useContext(Owner);
    const titleId = useId();
    const box = useRef(null);
    const opener = useRef(null);
    const open = Boolean(overlays && overlays.isOpen(props.id));
    if (owner) owner.current = props.id;

    const close = useCallback(() => overlays && overlays.close(props.id), [overlays, props.id]);
    useEffect(() => {
        if (!open) return undefined;
        opener.current = document.activeElement;
        callRemote(props.onOpen);
        const first = box.current && box.current.querySelector(FOCUSABLE);
        (first || box.current)?.focus();
        return () => {
            callRemote(props.onClose);
            if (opener.current && opener.current.focus) opener.current.focus();
        };
        // Only opening and closing matter here, not a new onOpen/onClose proxy on each render.
    }, [open]);
    if (!open) return null;

    const onKeyDown = (event) => {
        if (event.key === 'Escape') {
            event.stopPropagation();
            close();
        }
        if (event.key !== 'Tab' || !box.current) return;
        const items = [...box.current.querySelectorAll(FOCUSABLE)];
        if (items.length === 0) return;
        const [first, last] = [items[0], items[items.length - 1]];
        if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
        }
    };
    return (
        <div className={cx('hs-overlay', `hs-overlay--${kind}`)} onKeyDown={onKeyDown}>
            <div className="hs-overlay__backdrop" onClick={close} aria-hidden="true" />
            <div
                ref={box}
                className={cx('hs-dialog', `hs-dialog--${kind}`, `hs-dialog--${props.width || 'md'}`, props.variant === 'danger' && 'hs-dialog--danger')}
                role="dialog"
                aria-modal="true"
                tabIndex={-1}
                {...(props.title ? { 'aria-labelledby': titleId } : { 'aria-label': props['aria-label'] || props.id })}
                {...testAttrs(props)}
            >
                <div className="hs-dialog__header">
                    {props.title ? (
                        <h2 className="hs-dialog__title" id={titleId}>
                            {props.title}
                        </h2>
                    ) : (
                        <span />
                    )}
                    <button type="button" className="hs-dialog__close" aria-label={t('ui.close')} onClick={close}>
                        ×
                    </button>
                </div>
                {props.children}
            </div>
        </div>
    );
}

export const Modal = (props) => <Dialog props={props} kind="modal" />;
export const Panel = (props) => <Dialog props={props} kind="panel" />;

const part = (className) =>
    function OverlayPart(props) {
        return (
            <div className={cx(className, props.flush && `${className}--flush`)} {...testAttrs(props)}>
                {props.children}
            </div>
        );
    };

export const ModalBody = part('hs-dialog__body');
export const ModalFooter = part('hs-dialog__footer');
export const PanelBody = part('hs-dialog__body');
export const PanelSection = part('hs-dialog__section');
export const PanelFooter = part('hs-dialog__footer');

const TabsContext = createContext(null);

export function Tabs(props) {
    const [tabs, setTabs] = useState([]);
    const controlled = props.selected !== undefined;
    const [chosen, setChosen] = useState(props.defaultSelected);
    const current = controlled ? props.selected : chosen ?? tabs.find((t) => !t.disabled)?.tabId;
    const ids = useId();
    // Tabs keep the order they first appeared in; a changed title updates in place.
    const upsert = useCallback((tab) => setTabs((list) => (list.some((t) => t.key === tab.key) ? list.map((t) => (t.key === tab.key ? tab : t)) : [...list, tab])), []);
    const remove = useCallback((key) => setTabs((list) => list.filter((t) => t.key !== key)), []);
    const select = (tabId) => {
        if (!controlled) setChosen(tabId);
        callRemote(props.onSelectedChange, tabId);
    };
    const refs = useRef({});
    const onKeyDown = (event, index) => {
        const enabled = tabs.filter((t) => !t.disabled);
        const at = enabled.findIndex((t) => t.tabId === tabs[index].tabId);
        const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: enabled.length - 1 }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        const target = enabled[(next + enabled.length) % enabled.length];
        select(target.tabId);
        refs.current[target.tabId]?.focus();
    };
    const value = useMemo(() => ({ upsert, remove, current, ids }), [upsert, remove, current, ids]);
    return (
        <div className={cx('hs-tabs', props.variant === 'enclosed' && 'hs-tabs--enclosed')} {...testAttrs(props)}>
            <div className={cx('hs-tabs__list', props.fill && 'hs-tabs__list--fill')} role="tablist">
                {tabs.map((tab, index) => (
                    <button
                        key={tab.key}
                        ref={(el) => (refs.current[tab.tabId] = el)}
                        type="button"
                        role="tab"
                        id={`${ids}-tab-${tab.key}`}
                        aria-selected={tab.tabId === current}
                        aria-controls={`${ids}-panel-${tab.key}`}
                        tabIndex={tab.tabId === current ? 0 : -1}
                        disabled={tab.disabled}
                        title={tab.tooltip}
                        className="hs-tabs__tab"
                        onClick={() => select(tab.tabId)}
                        onKeyDown={(e) => onKeyDown(e, index)}
                    >
                        {tab.title}
                    </button>
                ))}
            </div>
            <TabsContext.Provider value={value}>{props.children}</TabsContext.Provider>
        </div>
    );
}

export function Tab(props) {
    const tabs = useContext(TabsContext);
    const key = useId().replace(/:/g, '');
    const tabId = props.tabId ?? key;
    const upsert = tabs && tabs.upsert;
    const remove = tabs && tabs.remove;
    useEffect(() => () => remove && remove(key), [remove, key]);
    useEffect(() => {
        if (upsert) upsert({ key, tabId, title: props.title, disabled: props.disabled, tooltip: props.tooltip });
    }, [upsert, key, tabId, props.title, props.disabled, props.tooltip]);
    if (!tabs || tabs.current !== tabId) return null;
    return (
        <div role="tabpanel" id={`${tabs.ids}-panel-${key}`} aria-labelledby={`${tabs.ids}-tab-${key}`} className="hs-tabs__panel" tabIndex={0} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}
