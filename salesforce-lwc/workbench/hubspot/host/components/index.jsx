// The host's side of @hubspot/ui-extensions: for each remote component name
// the card's tree can hold, the React DOM component that draws it here.
// A name without a drawing here (the CRM data components, file inputs, app
// page headers) is shown as a labelled box with its content, never dropped.
import { callRemote, extensionEvent, testAttrs, useHost } from './base.js';
import { BarChart, LineChart } from './charts.jsx';
import * as content from './content.jsx';
import { Illustration as Drawing } from './illustration.jsx';
import * as inputs from './inputs.jsx';
import * as layout from './layout.jsx';
import { Modal, ModalBody, ModalFooter, Panel, PanelBody, PanelFooter, PanelSection, Tab, Tabs } from './overlays.jsx';
import * as table from './table.jsx';

function SettingsView(props) {
    const { t } = useHost();
    return (
        <section className="hs-settings-view" {...testAttrs(props)}>
            {props.children}
            {props.saveBarVisible ? (
                <div className="hs-save-bar" role="region" aria-label={t('ui.save')}>
                    {props.numberOfSettingsChanged ? <span>{t('ui.changed', { n: props.numberOfSettingsChanged })}</span> : <span />}
                    <div className="hs-button-row">
                        <button type="button" className="hs-button hs-button--secondary hs-button--md" onClick={(e) => callRemote(props.onCancel, extensionEvent(e))}>
                            {t('ui.cancel')}
                        </button>
                        <button type="button" className="hs-button hs-button--primary hs-button--md" onClick={(e) => callRemote(props.onSave, extensionEvent(e))}>
                            {t('ui.save')}
                        </button>
                    </div>
                </div>
            ) : null}
        </section>
    );
}

function Illustration(props) {
    const drawing = <Drawing name={props.name} width={props.width} />;
    return props.alt ? (
        <span role="img" aria-label={props.alt} {...testAttrs(props)}>
            {drawing}
        </span>
    ) : (
        drawing
    );
}

export const COMPONENTS = {
    ...layout,
    ...content,
    ...inputs,
    ...table,
    BarChart,
    LineChart,
    Modal,
    ModalBody,
    ModalFooter,
    Panel,
    PanelBody,
    PanelFooter,
    PanelSection,
    Tabs,
    Tab,
    SettingsView,
    Illustration,
    Stack2: layout.Stack,
    ExperimentalBox: layout.Box,
    ExperimentalFlex: layout.Flex,
    ExperimentalInline: layout.Inline,
    ExperimentalAutoGrid: layout.AutoGrid,
    ExperimentalButton: inputs.Button,
    ExperimentalButtonRow: inputs.ButtonRow,
    ExperimentalLoadingButton: inputs.Button,
    ExperimentalCheckbox: inputs.Checkbox,
    ExperimentalRadioButton: inputs.RadioButton,
    ExperimentalToggle: inputs.Toggle,
    ExperimentalInput: inputs.Input,
    ExperimentalTextArea: inputs.TextArea,
    ExperimentalNumberInput: inputs.NumberInput,
    ExperimentalStepperInput: inputs.StepperInput,
    ExperimentalCurrencyInput: inputs.CurrencyInput,
    ExperimentalDateInput: inputs.DateInput,
    ExperimentalTimeInput: inputs.TimeInput,
    ExperimentalSelect: inputs.Select,
    ExperimentalMultiSelect: inputs.MultiSelect,
    ExperimentalSearchInput: inputs.SearchInput,
};

const unsupported = new Map();

/** A labelled box for a component the preview does not draw: the notice, then its content. */
export function unsupportedComponent(type) {
    if (!unsupported.has(type)) {
        const Unsupported = (props) => {
            const { t } = useHost();
            return (
                <div className="hs-unsupported" role="group" aria-label={type} data-component={type} {...testAttrs(props)}>
                    <p className="hs-unsupported__note">{t('ui.unsupported', { type })}</p>
                    {props.children}
                </div>
            );
        };
        Unsupported.displayName = `Unsupported(${type})`;
        unsupported.set(type, Unsupported);
    }
    return unsupported.get(type);
}

/** The component for a remote name: its drawing here, else the labelled box. */
export const componentFor = (type) => (Object.prototype.hasOwnProperty.call(COMPONENTS, type) ? COMPONENTS[type] : unsupportedComponent(type));
