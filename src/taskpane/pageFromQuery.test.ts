import { pageFromQuery } from './pageFromQuery';
import { languageFromTag } from './i18n/language';
import { themeFromOffice } from './theme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

describe('pageFromQuery', () => {
  it.each([
    ['?page=reminders', 'reminders'],
    ['?page=KPIs', 'kpis'],
    ['?page=analyse', 'analyse'],
    ['?page=unknown', 'analyse'],
    ['', 'analyse'],
  ])('reads %j as the %s page', (search, page) => {
    expect(pageFromQuery(search)).toBe(page);
  });
});

describe('languageFromTag', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['fry', 'en'],
    [undefined, 'en'],
  ])('gives %j the %s texts', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });
});

describe('themeFromOffice', () => {
  it.each([
    [{ bodyBackgroundColor: '#262626' }, webDarkTheme],
    [{ bodyBackgroundColor: '#FFFFFF' }, webLightTheme],
    [{ bodyBackgroundColor: '#E6E6E6' }, webLightTheme],
    [{}, webLightTheme],
    [undefined, webLightTheme],
  ])('follows Office background %j', (officeTheme, theme) => {
    expect(themeFromOffice(officeTheme)).toBe(theme);
  });
});
