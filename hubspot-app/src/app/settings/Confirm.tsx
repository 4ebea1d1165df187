// A step that asks first, as the settings page asks (an Alert in the page,
// announced by screen readers, with the two answers as buttons):
// `${testId}`, `${testId}-yes`, `${testId}-no`.
import type { ReactNode } from 'react';
import { Alert, Button, ButtonRow } from '@hubspot/ui-extensions';

export function Confirm(props: { testId: string; title: string; yes: string; no: string; destructive?: boolean; onYes: () => void; onNo: () => void; children?: ReactNode }) {
  return (
    <Alert testId={props.testId} title={props.title} variant="warning">
      {props.children}
      <ButtonRow>
        <Button testId={`${props.testId}-yes`} variant={props.destructive ? 'destructive' : 'primary'} onClick={props.onYes}>
          {props.yes}
        </Button>
        <Button testId={`${props.testId}-no`} onClick={props.onNo}>
          {props.no}
        </Button>
      </ButtonRow>
    </Alert>
  );
}
