import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office's theme the pane looks at. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/**
 * The Fluent theme matching Office's: dark when Office paints the pane's
 * background dark, light otherwise (and outside Office).
 */
export function themeFromOffice(officeTheme: OfficeThemeColors | undefined): Theme {
  const luminance = relativeLuminance(officeTheme?.bodyBackgroundColor);
  return luminance !== undefined && luminance < 0.4 ? webDarkTheme : webLightTheme;
}

function relativeLuminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
