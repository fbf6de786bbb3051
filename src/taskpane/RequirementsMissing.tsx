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
  /** The requirements check: what the Excel version lacks, and its English message. */
  check: { missing: string[]; message: string };
}

/** Shown instead of the pane when this Excel cannot run it. */
export function RequirementsMissing({ theme, strings, check }: RequirementsMissingProps) {
  return (
    <FluentProvider theme={theme}>
      <main>
        <h1>{strings.appTitle}</h1>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.requirementsTitle}</MessageBarTitle>
            {strings.requirementsMissing?.(check.missing) ?? check.message}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
