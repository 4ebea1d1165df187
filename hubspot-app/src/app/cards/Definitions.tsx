import { hubspot } from '@hubspot/ui-extensions';
import { DefinitionsCard } from './DefinitionsCard';

hubspot.extend<'crm.record.tab'>(({ context }) => <DefinitionsCard context={context} />);
