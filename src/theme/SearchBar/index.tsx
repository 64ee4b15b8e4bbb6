import {useEffect, useRef, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';

type Props = WrapperProps<typeof SearchBarType>;

/**
 * The search box of @easyops-cn/docusaurus-search-local, with its accessible
 * name in the page's language. The plugin translates the placeholder
 * (`theme.SearchBar.label`) but writes `aria-label="Search"` as a literal, so
 * a screen reader announced an English name on zh-TW pages. The plugin renders
 * that attribute once and never updates it, so setting it after mount sticks.
 */
export default function SearchBarWrapper(props: Props): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });

  useEffect(() => {
    const input = wrapper.current?.querySelector('input');
    input?.setAttribute('aria-label', label);
  }, [label]);

  // `display: contents` keeps the search box a flex item of the navbar.
  return (
    <div ref={wrapper} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
