import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ReceivablesError } from '../engine/errors/receivablesError';
import type { PaneStrings } from './i18n/strings';
import { usePane } from './paneContext';

/** A failure shown to the user: our own errors as they are, anything else as unexpected. */
export function ErrorBar({ error }: { error: unknown }) {
  const { strings } = usePane();
  return (
    <MessageBar intent="error" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {errorMessage(error, strings)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function errorMessage(error: unknown, strings: PaneStrings): string {
  if (error instanceof ReceivablesError) return error.message;
  if (error instanceof Error) return strings.unexpectedError(error.message);
  return strings.unexpectedError(String(error));
}
