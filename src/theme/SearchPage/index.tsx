import {useEffect, type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {translate} from '@docusaurus/Translate';

/**
 * The search page of @easyops-cn/docusaurus-search-local, with its query box
 * named in the page's language: the plugin writes `aria-label="Search"` as a
 * literal. Same translation as the navbar box (see ../SearchBar). The page
 * renders its own Layout, so the box is found in the document after mount.
 */
export default function SearchPageWrapper(): ReactNode {
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });

  useEffect(() => {
    const input = document.querySelector('input[type="search"][name="q"]');
    input?.setAttribute('aria-label', label);
  }, [label]);

  return <SearchPage />;
}
