/** The element the pane renders into: the page's #root, created when a page lacks it. */
export function mountPoint(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'root';
  document.body.appendChild(created);
  return created;
}
