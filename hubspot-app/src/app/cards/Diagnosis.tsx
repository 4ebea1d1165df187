import { hubspot } from '@hubspot/ui-extensions';
import { DiagnosisCard } from './DiagnosisCard';

hubspot.extend<'crm.record.tab'>(({ context }) => <DiagnosisCard context={context} />);
