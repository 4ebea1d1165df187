import { LightningElement } from 'lwc';
import { lang } from 'wb/session';

const TEXT = {
    ja: {
        heading: 'HubSpot のカード (ローカルプレビュー)',
        body: 'HubSpot アプリの本物のカードを HubSpot のコンポーネントツリーのまま描き、本物のアプリ関数をローカルの CRM に対して動かしています。HubSpot の画面そのものではありません。ユーザーと言語は上の切り替えに従います。',
        frame: 'HubSpot ローカルプレビュー',
        open: '別のタブで開く',
    },
    en: {
        heading: 'HubSpot cards (local preview)',
        body: 'The HubSpot app’s real cards, drawn from HubSpot’s own component tree, with the real app functions running against a local CRM. This is not HubSpot itself. User and language follow the switches above.',
        frame: 'HubSpot local preview',
        open: 'Open in a new tab',
    },
};

/**
 * The HubSpot preview (/hubspot/, served by workbench/hubspot) in a frame of
 * its own: its page carries its own look and scripts, apart from SLDS and
 * the synthetic shadow of the Lightning page. It reads the same role and
 * language from localStorage, so the header's switches apply to it.
 */
export default class HubspotPreview extends LightningElement {
    text = TEXT[lang];
}
