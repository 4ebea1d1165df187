import { hubspot } from '@hubspot/ui-extensions';
import { PlanCard } from './PlanCard';

hubspot.extend<'crm.record.tab'>(({ context }) => <PlanCard context={context} />);
