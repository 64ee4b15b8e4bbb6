import {useEffect, useRef, type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {markPageRead} from '@site/src/progress/store';

type Props = WrapperProps<typeof FooterType>;

/**
 * The doc footer, plus a marker at the end of the page's content: a page
 * counts as read once its end has been on screen. A page short enough to
 * fit the screen counts when opened. Simple, and said so on the track page.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const marker = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = marker.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      markPageRead(metadata.id);
      observer.disconnect();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [metadata.id]);

  return (
    <>
      <Footer {...props} />
      <div ref={marker} data-read-marker={metadata.id} aria-hidden="true" />
    </>
  );
}
