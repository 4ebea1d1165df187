// The org's custom labels, read from the deployable metadata as the platform
// holds them: the English value of labels/CustomLabels.labels-meta.xml and the
// Japanese of translations/ja.translation-meta.xml. The automation words its
// Tasks and notifications with them, as the Apex does with System.Label.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'labels' || name === 'customLabels' });

export function loadLabels({ forceAppDir }) {
    const read = (path) => (existsSync(path) ? xml.parse(readFileSync(path, 'utf8')) : {});
    const en = {};
    for (const label of read(join(forceAppDir, 'labels', 'CustomLabels.labels-meta.xml')).CustomLabels?.labels || []) en[label.fullName] = String(label.value);
    const ja = {};
    for (const label of read(join(forceAppDir, 'translations', 'ja.translation-meta.xml')).Translations?.customLabels || []) ja[label.name] = String(label.label);
    return {
        /** The label in `lang` ('ja' falls back to the English value, as an untranslated label does), `{0}`... filled. */
        text(name, lang, args = []) {
            const template = (lang === 'ja' && ja[name]) || en[name];
            if (template === undefined) throw new Error(`custom label ${name} is not defined in force-app`);
            return template.replace(/\{(\d+)\}/g, (whole, i) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
        },
    };
}
