import { hubspot } from '@hubspot/ui-extensions';
import { Settings } from './Settings';

hubspot.extend<'settings'>(({ context }) => <Settings context={context} />);
