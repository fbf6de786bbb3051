import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type Theme,
} from '@fluentui/react-components';
import type { PaneStrings } from './i18n/strings';

interface RequirementsMissingProps {
  theme: Theme;
  strings: PaneStrings;
  /** What the Excel version lacks and which versions work, from the requirements check. */
  message: string;
}

/** Shown instead of the pane when this Excel cannot run it. */
export function RequirementsMissing({ theme, strings, message }: RequirementsMissingProps) {
  return (
    <FluentProvider theme={theme}>
      <main>
        <h1>{strings.appTitle}</h1>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.requirementsTitle}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
