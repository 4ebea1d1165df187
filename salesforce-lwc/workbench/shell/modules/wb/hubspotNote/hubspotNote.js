import { LightningElement } from 'lwc';
import { lang } from 'wb/session';

const TEXT = {
    ja: {
        heading: 'HubSpot のカード',
        body: 'HubSpot のカードはポータルの外では忠実に描画できません。@hubspot/ui-extensions のコンポーネントはリモート UI で、描画するのは HubSpot の画面そのものです。パッケージに含まれるのはテスト用レンダラー (@hubspot/ui-extensions/testing) だけで、画面として表示する手段はありません。',
        how: '開発者ポータルでプレビューするには、hubspot-app フォルダーで hs project dev を実行します。手順は hubspot-app/README.md にあります。カードの動作は hubspot-app のテスト (npm test) でも確かめられます。',
    },
    en: {
        heading: 'HubSpot cards',
        body: 'HubSpot cards cannot be rendered faithfully outside a portal. The @hubspot/ui-extensions components are remote UI that HubSpot itself draws; the package ships only a test renderer (@hubspot/ui-extensions/testing), no way to show them as a page.',
        how: 'To preview them in a developer portal, run hs project dev in the hubspot-app folder; the steps are in hubspot-app/README.md. The cards\u2019 behaviour is also checked by the hubspot-app tests (npm test).',
    },
};

/** Says why the HubSpot cards are not shown here and how to preview them. */
export default class HubspotNote extends LightningElement {
    text = TEXT[lang];
}
