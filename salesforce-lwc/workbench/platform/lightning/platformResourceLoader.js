// lightning/platformResourceLoader: loadScript / loadStyle of a static resource
// URL (from @salesforce/resourceUrl/...). As on the platform, a URL is fetched
// once per page: a second call, from any component, answers the same promise,
// so two charts never load Chart.js twice. A failed load rejects with an error
// naming the URL (the component shows it in its error panel).
const loaded = new Map();

function load(url, create) {
    if (typeof url !== 'string' || url === '') return Promise.reject(new Error('platformResourceLoader: give the URL of a static resource'));
    if (!loaded.has(url)) {
        loaded.set(
            url,
            new Promise((resolve, reject) => {
                const element = create(url);
                element.addEventListener('load', () => resolve());
                element.addEventListener('error', () => {
                    // A later call may try again (the platform does not cache a failure either).
                    loaded.delete(url);
                    reject(new Error(`Could not load ${url}`));
                });
                document.head.appendChild(element);
            })
        );
    }
    return loaded.get(url);
}

/** Loads a JavaScript file as a classic script (a UMD library defines its global, e.g. window.Chart). */
export function loadScript(self, url) {
    return load(url, (src) => Object.assign(document.createElement('script'), { src, async: false, charset: 'utf-8' }));
}

/** Loads a style sheet. */
export function loadStyle(self, url) {
    return load(url, (href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}
