export const PANE_PAGES = ['analyse', 'reminders', 'kpis'] as const;

export type PanePage = (typeof PANE_PAGES)[number];

/** The page a ribbon button asks for through `?page=`; Analyse otherwise. */
export function pageFromQuery(search: string): PanePage {
  const asked = new URLSearchParams(search).get('page')?.trim().toLowerCase();
  return PANE_PAGES.find((page) => page === asked) ?? 'analyse';
}
