import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { LedgerWarning } from '../../engine/ledger/types';

/** What the reading noticed without rejecting rows (duplicates, derived due dates...). */
export function WarningList({ warnings }: { warnings: LedgerWarning[] }) {
  return (
    <>
      {warnings.map((warning, index) => (
        <MessageBar key={`${warning.code}|${index}`} intent="warning">
          <MessageBarBody>{warning.message}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
