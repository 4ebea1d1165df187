// Buttons and form controls. Each control has its visible label tied to it,
// its description and validation message announced with it, and reports to
// the extension with the value types HubSpot's components use (a number for
// NumberInput, { year, month, date } for DateInput, the option's own value for Select).
import { useEffect, useId, useRef, useState } from 'react';
import { callRemote, cx, extensionEvent, testAttrs, useHost } from './base.js';
import { OverlayOwner, useOverlays, useReactions } from './overlays.jsx';

/** A value the extension controls, changed locally at once (its update arrives asynchronously). */
function useMirror(value, fallback) {
    const [local, setLocal] = useState(value ?? fallback);
    const previous = useRef(value);
    useEffect(() => {
        if (value !== previous.current) {
            previous.current = value;
            setLocal(value ?? fallback);
        }
    }, [value, fallback]);
    return [local, setLocal];
}

function Field({ id, props, children, group }) {
    const { t } = useHost();
    const describedBy = [props.description && `${id}-desc`, props.error && props.validationMessage && `${id}-msg`].filter(Boolean).join(' ') || undefined;
    const label = props.label ? (
        <>
            {props.label}
            {props.required ? (
                <span className="hs-field__required">
                    <span aria-hidden="true"> *</span>
                    <span className="hs-sr-only"> ({t('ui.required')})</span>
                </span>
            ) : null}
            {props.tooltip ? (
                <span className="hs-field__tooltip" title={props.tooltip}>
                    <span aria-hidden="true"> ⓘ</span>
                    <span className="hs-sr-only"> {props.tooltip}</span>
                </span>
            ) : null}
        </>
    ) : null;
    const Wrapper = group ? 'fieldset' : 'div';
    return (
        <Wrapper className={cx('hs-field', props.error && 'hs-field--error')} {...testAttrs(props)}>
            {label ? group ? <legend className="hs-field__label">{label}</legend> : <label className="hs-field__label" htmlFor={id}>{label}</label> : null}
            {props.description ? (
                <p className="hs-field__description" id={`${id}-desc`}>
                    {props.description}
                </p>
            ) : null}
            {children(describedBy)}
            {props.error && props.validationMessage ? (
                <p className="hs-field__message" id={`${id}-msg`}>
                    {props.validationMessage}
                </p>
            ) : null}
        </Wrapper>
    );
}

export function Button(props) {
    const reactions = useReactions();
    const overlays = useOverlays();
    const owner = useRef(null);
    const onClick = (event) => {
        if (props.type !== 'submit' && props.type !== 'reset') event.preventDefault();
        if (owner.current && overlays) overlays.open(owner.current);
        callRemote(props.onClick, extensionEvent(event), reactions);
    };
    const className = cx('hs-button', `hs-button--${props.variant || 'secondary'}`, `hs-button--${props.size === 'xs' || props.size === 'extra-small' ? 'xs' : props.size === 'sm' || props.size === 'small' ? 'sm' : 'md'}`);
    return (
        <>
            <button type={props.type || 'button'} className={className} disabled={props.disabled || props.loading} aria-busy={props.loading || undefined} onClick={onClick} {...testAttrs(props)}>
                {props.loading ? <span className="hs-spinner__wheel hs-spinner__wheel--xs" aria-hidden="true" /> : null}
                {props.children}
            </button>
            {props.overlay ? <OverlayOwner owner={owner}>{props.overlay}</OverlayOwner> : null}
        </>
    );
}

export const LoadingButton = Button;

export function ButtonRow(props) {
    return (
        <div className="hs-button-row" {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Form(props) {
    const onSubmit = (event) => {
        if (props.preventDefault !== false) event.preventDefault();
        const targetValue = Object.fromEntries(new FormData(event.currentTarget).entries());
        callRemote(props.onSubmit, { ...extensionEvent(event), targetValue });
    };
    return (
        <form className="hs-form" onSubmit={onSubmit} autoComplete={props.autoComplete} noValidate {...testAttrs(props)}>
            {props.children}
        </form>
    );
}

function TextControl({ props, multiline, type = 'text' }) {
    const id = useId();
    const [value, setValue] = useMirror(props.value, props.defaultValue ?? '');
    const Control = multiline ? 'textarea' : 'input';
    return (
        <Field id={id} props={props}>
            {(describedBy) => (
                <Control
                    id={id}
                    className={cx('hs-input', multiline && 'hs-input--multiline')}
                    name={props.name}
                    type={multiline ? undefined : type}
                    value={value ?? ''}
                    placeholder={props.placeholder}
                    readOnly={props.readOnly}
                    required={props.required}
                    aria-invalid={props.error || undefined}
                    aria-describedby={describedBy}
                    rows={multiline ? props.rows : undefined}
                    cols={multiline ? props.cols : undefined}
                    maxLength={props.maxLength}
                    style={multiline && props.resize ? { resize: props.resize } : undefined}
                    onChange={(e) => {
                        setValue(e.target.value);
                        callRemote(props.onChange, e.target.value);
                        callRemote(props.onInput, e.target.value);
                    }}
                    onBlur={(e) => callRemote(props.onBlur, e.target.value)}
                    onFocus={(e) => callRemote(props.onFocus, e.target.value)}
                />
            )}
        </Field>
    );
}

export const Input = (props) => <TextControl props={props} type={props.type === 'password' ? 'password' : 'text'} />;
export const SearchInput = (props) => <TextControl props={props} type="search" />;
export const TextArea = (props) => <TextControl props={props} multiline />;
export const Textarea = TextArea;

function NumberControl({ props, step, prefix }) {
    const id = useId();
    const [text, setText] = useMirror(props.value === undefined || props.value === null ? undefined : String(props.value), props.defaultValue === undefined ? '' : String(props.defaultValue));
    const report = (raw) => {
        const n = Number(raw);
        if (raw.trim() !== '' && Number.isFinite(n)) {
            callRemote(props.onChange, n);
            callRemote(props.onInput, n);
        }
    };
    return (
        <Field id={id} props={props}>
            {(describedBy) => (
                <div className="hs-number">
                    {prefix ? <span className="hs-number__prefix" aria-hidden="true">{prefix}</span> : null}
                    <input
                        id={id}
                        className="hs-input"
                        name={props.name}
                        type="number"
                        inputMode="decimal"
                        value={text ?? ''}
                        min={props.min}
                        max={props.max}
                        step={step ?? (props.precision ? 10 ** -props.precision : 'any')}
                        placeholder={props.placeholder}
                        readOnly={props.readOnly}
                        required={props.required}
                        aria-invalid={props.error || undefined}
                        aria-describedby={describedBy}
                        style={props.textAlign ? { textAlign: props.textAlign } : undefined}
                        onChange={(e) => {
                            setText(e.target.value);
                            report(e.target.value);
                        }}
                        onBlur={(e) => callRemote(props.onBlur, Number(e.target.value))}
                        onFocus={(e) => callRemote(props.onFocus, Number(e.target.value))}
                    />
                </div>
            )}
        </Field>
    );
}

export const NumberInput = (props) => <NumberControl props={props} />;
export const StepperInput = (props) => <NumberControl props={props} step={props.stepSize ?? 1} />;
export const CurrencyInput = (props) => <NumberControl props={props} prefix={props.currency || 'JPY'} />;

const pad = (n) => String(n).padStart(2, '0');

/** A native date or time input; `text` and `value` convert between HubSpot's value objects and the input's text. */
function TemporalControl({ props, type, text, value, extra = {} }) {
    const id = useId();
    const [current, setCurrent] = useMirror(text(props.value), text(props.defaultValue));
    return (
        <Field id={id} props={props}>
            {(describedBy) => (
                <input
                    id={id}
                    className="hs-input"
                    type={type}
                    name={props.name}
                    value={current}
                    readOnly={props.readOnly}
                    required={props.required}
                    aria-invalid={props.error || undefined}
                    aria-describedby={describedBy}
                    {...extra}
                    onChange={(e) => {
                        setCurrent(e.target.value);
                        callRemote(props.onChange, value(e.target.value));
                    }}
                />
            )}
        </Field>
    );
}

/** `{ year, month (0-11), date }` <-> `YYYY-MM-DD`. */
const dateText = (d) => (d && Number.isInteger(d.year) ? `${d.year}-${pad(d.month + 1)}-${pad(d.date)}` : '');
function dateValue(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m ? { year: Number(m[1]), month: Number(m[2]) - 1, date: Number(m[3]), formattedDate: text } : null;
}

export const DateInput = (props) => <TemporalControl props={props} type="date" text={dateText} value={dateValue} extra={{ min: dateText(props.min) || undefined, max: dateText(props.max) || undefined }} />;

/** `{ hours, minutes }` <-> `HH:MM`. */
const timeText = (t) => (t && Number.isInteger(t.hours) ? `${pad(t.hours)}:${pad(t.minutes)}` : '');
function timeValue(text) {
    const [hours, minutes] = text.split(':').map(Number);
    return Number.isInteger(hours) ? { hours, minutes } : null;
}

export const TimeInput = (props) => <TemporalControl props={props} type="time" text={timeText} value={timeValue} />;

/** Options carry any JSON value; the <select> carries their index. */
const indexOf = (options, value) => options.findIndex((o) => o.value === value);

export function Select(props) {
    const { t } = useHost();
    const id = useId();
    const options = Array.isArray(props.options) ? props.options : [];
    const [value, setValue] = useMirror(props.value, '');
    const index = indexOf(options, value);
    return (
        <Field id={id} props={props}>
            {(describedBy) => (
                <select
                    id={id}
                    className={cx('hs-input', 'hs-select', props.variant === 'transparent' && 'hs-select--transparent')}
                    name={props.name}
                    value={index >= 0 ? String(index) : ''}
                    disabled={props.readOnly}
                    required={props.required}
                    aria-invalid={props.error || undefined}
                    aria-describedby={describedBy}
                    onChange={(e) => {
                        const option = options[Number(e.target.value)];
                        if (!option) return;
                        setValue(option.value);
                        callRemote(props.onChange, option.value);
                        callRemote(props.onInput, String(option.value));
                    }}
                >
                    {index < 0 ? (
                        <option value="" disabled>
                            {props.placeholder || t('ui.select')}
                        </option>
                    ) : null}
                    {options.map((o, i) => (
                        <option key={i} value={String(i)}>
                            {o.label}
                        </option>
                    ))}
                </select>
            )}
        </Field>
    );
}

export function MultiSelect(props) {
    const id = useId();
    const options = Array.isArray(props.options) ? props.options : [];
    const [value, setValue] = useMirror(props.value, []);
    const chosen = Array.isArray(value) ? value : [];
    return (
        <Field id={id} props={props}>
            {(describedBy) => (
                <select
                    id={id}
                    multiple
                    className="hs-input hs-select hs-select--multiple"
                    name={props.name}
                    value={options.map((o, i) => (chosen.includes(o.value) ? String(i) : null)).filter(Boolean)}
                    disabled={props.readOnly}
                    aria-invalid={props.error || undefined}
                    aria-describedby={describedBy}
                    onChange={(e) => {
                        const next = [...e.target.selectedOptions].map((o) => options[Number(o.value)].value);
                        setValue(next);
                        callRemote(props.onChange, next);
                    }}
                >
                    {options.map((o, i) => (
                        <option key={i} value={String(i)}>
                            {o.label}
                        </option>
                    ))}
                </select>
            )}
        </Field>
    );
}

function ToggleInput({ props, type }) {
    const id = useId();
    const [checked, setChecked] = useMirror(props.checked, Boolean(props.initialIsChecked));
    const readOnly = props.readOnly || props.readonly;
    return (
        <div className={cx('hs-check', props.inline && 'hs-check--inline')} {...testAttrs(props)}>
            <input
                id={id}
                type={type}
                className="hs-check__box"
                name={props.name}
                value={props.value}
                checked={Boolean(checked)}
                disabled={readOnly}
                aria-label={props['aria-label']}
                aria-describedby={props.description ? `${id}-desc` : undefined}
                onChange={(e) => {
                    setChecked(e.target.checked);
                    callRemote(props.onChange, e.target.checked, props.value ?? '');
                }}
            />
            <label htmlFor={id} className="hs-check__label">
                {props.children}
            </label>
            {props.description ? (
                <p className="hs-field__description hs-check__description" id={`${id}-desc`}>
                    {props.description}
                </p>
            ) : null}
        </div>
    );
}

export const Checkbox = (props) => <ToggleInput props={props} type="checkbox" />;
export const RadioButton = (props) => <ToggleInput props={props} type="radio" />;

export function Toggle(props) {
    const id = useId();
    const [checked, setChecked] = useMirror(props.checked, Boolean(props.initialIsChecked));
    const display = props.labelDisplay || 'inline';
    return (
        <div className={cx('hs-toggle', `hs-toggle--${display}`)} {...testAttrs(props)}>
            {display !== 'hidden' ? (
                <label className="hs-toggle__label" htmlFor={id}>
                    {props.label}
                </label>
            ) : null}
            <button
                id={id}
                type="button"
                role="switch"
                aria-checked={Boolean(checked)}
                aria-label={display === 'hidden' ? props.label : undefined}
                className="hs-toggle__switch"
                disabled={props.readOnly || props.readonly}
                onClick={() => {
                    setChecked(!checked);
                    callRemote(props.onChange, !checked);
                }}
            >
                <span className="hs-toggle__thumb" aria-hidden="true" />
                <span className="hs-toggle__text">{checked ? props.textChecked : props.textUnchecked}</span>
            </button>
        </div>
    );
}

export function ToggleGroup(props) {
    const id = useId();
    const radio = props.toggleType === 'radioButtonList';
    const options = Array.isArray(props.options) ? props.options : [];
    const initial = radio ? options.find((o) => o.initialIsChecked)?.value : options.filter((o) => o.initialIsChecked).map((o) => o.value);
    const [value, setValue] = useMirror(props.value, initial ?? (radio ? '' : []));
    const isChecked = (v) => (radio ? value === v : Array.isArray(value) && value.includes(v));
    return (
        <Field id={id} props={props} group>
            {() => (
                <div className={cx('hs-toggle-group', props.inline && 'hs-toggle-group--inline')}>
                    {options.map((o) => (
                        <div className="hs-check" key={o.value}>
                            <input
                                id={`${id}-${o.value}`}
                                type={radio ? 'radio' : 'checkbox'}
                                className="hs-check__box"
                                name={props.name}
                                value={o.value}
                                checked={isChecked(o.value)}
                                disabled={o.readOnly || o.readonly}
                                onChange={(e) => {
                                    const next = radio ? o.value : e.target.checked ? [...(Array.isArray(value) ? value : []), o.value] : value.filter((v) => v !== o.value);
                                    setValue(next);
                                    callRemote(props.onChange, next);
                                }}
                            />
                            <label htmlFor={`${id}-${o.value}`} className="hs-check__label">
                                {o.label}
                            </label>
                            {o.description ? <p className="hs-field__description hs-check__description">{o.description}</p> : null}
                        </div>
                    ))}
                </div>
            )}
        </Field>
    );
}
