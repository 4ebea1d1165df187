// The sample users' locale settings, per user language (ja or en), as the
// platform gives them to components (`@salesforce/i18n/*`) and as the org's
// automation reads them (a Task's due date is a day in the users' time zone).
export const I18N = {
    lang: { ja: 'ja', en: 'en-US' },
    locale: { ja: 'ja-JP', en: 'en-US' },
    timeZone: { ja: 'Asia/Tokyo', en: 'Asia/Tokyo' },
    currency: { ja: 'JPY', en: 'JPY' },
    dir: { ja: 'ltr', en: 'ltr' },
    firstDayOfWeek: { ja: 1, en: 1 },
};
