// lightning/uiObjectInfoApi for the workbench: the getObjectInfos wire adapter
// over the local org's object-info batch resource. As Lightning Data Service:
// `data.results` in the order asked, each `{ statusCode, result }` (an object
// the user may not read carries its error in `result`); `error` only when the
// request itself fails; nothing is requested until object names are given.
import { request } from '../internal/transport';
import { configKey } from '../internal/configKey';

export class getObjectInfos {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.generation = 0;
    }

    connect() {
        this.dataCallback({ data: undefined, error: undefined });
    }

    disconnect() {
        this.generation += 1;
    }

    update(config) {
        const names = config && Array.isArray(config.objectApiNames) ? config.objectApiNames.map(String) : [];
        const key = configKey(names);
        if (key === this.key) return;
        this.key = key;
        if (names.length === 0) return;
        const generation = ++this.generation;
        request('GET', `/ui-api/object-info/batch/${names.map(encodeURIComponent).join(',')}`).then(
            (data) => generation === this.generation && this.dataCallback({ data, error: undefined }),
            (error) => generation === this.generation && this.dataCallback({ data: undefined, error })
        );
    }
}
