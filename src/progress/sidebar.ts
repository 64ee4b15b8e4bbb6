import {useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';

/** A doc as the sidebar lists it, in reading order. */
export interface SidebarDoc {
  docId: string;
  label: string;
  href: string;
}

/**
 * Every doc link of the current page's sidebar, in order, categories
 * flattened (their own pages are not listed). Empty outside the docs.
 */
export function useSidebarDocs(): SidebarDoc[] {
  let items: PropSidebarItem[] = [];
  try {
    items = useDocsSidebar()?.items ?? [];
  } catch {
    // Not inside a docs page: no sidebar to read.
  }
  return flatten(items);
}

function flatten(items: ReadonlyArray<PropSidebarItem>): SidebarDoc[] {
  return items.flatMap((item): SidebarDoc[] => {
    if (item.type === 'link') {
      return item.docId ? [{docId: item.docId, label: item.label, href: item.href}] : [];
    }
    if (item.type === 'category') return flatten(item.items);
    return [];
  });
}
