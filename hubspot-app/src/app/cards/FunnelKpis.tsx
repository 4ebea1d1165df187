import { hubspot } from '@hubspot/ui-extensions';
import { FunnelCard } from './FunnelCard';

hubspot.extend<'crm.record.tab'>(({ context }) => <FunnelCard context={context} />);
