import {useEffect, useRef, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';

type Props = WrapperProps<typeof SearchBarType>;

/**
 * Stops the plugin from pulling focus back to the search box once the reader
 * has left it. The plugin loads its index when the box gains focus and calls
 * `input.focus()` when the index arrives, whether or not the reader is still
 * there: a keyboard user who tabbed past the box was sent back to it.
 *
 * The reader has left when another element gains focus or they press a
 * pointer outside the box. A plain blur does not count: setting up the
 * dropdown moves the box in the DOM, which blurs it, and that refocus is the
 * one the plugin means. A call made while the reader's own key press or click
 * is being handled (the Ctrl K shortcut) still focuses the box. Returns the
 * undo.
 */
function keepReaderFocus(input: HTMLInputElement): () => void {
  let readerLeft = false;
  const onFocusIn = (event: FocusEvent) => {
    readerLeft = event.target !== input;
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!input.contains(event.target as Node)) readerLeft = true;
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPointerDown);

  const focus = input.focus;
  input.focus = function (options?: FocusOptions) {
    // `window.event` is the event being dispatched, if any. Only a key or
    // pointer event is the reader's: the index arriving resumes the plugin
    // inside a script's `load` event, which is trusted too.
    const event = window.event;
    const duringReaderAction =
      event?.isTrusted === true &&
      (event instanceof KeyboardEvent || event instanceof MouseEvent);
    if (readerLeft && !duringReaderAction) return;
    focus.call(this, options);
  };

  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPointerDown);
    input.focus = focus;
  };
}

/**
 * autocomplete.js names its listbox with `aria-owns`, which ARIA 1.2 replaced
 * with `aria-controls` on a combobox (axe: aria-required-attr). It sets
 * `aria-owns` when the index has loaded; copy it. Returns the undo.
 */
function mirrorAriaOwns(input: HTMLInputElement): () => void {
  const copy = () => {
    const listbox = input.getAttribute('aria-owns');
    if (listbox) input.setAttribute('aria-controls', listbox);
    else input.removeAttribute('aria-controls');
  };
  copy();
  const observer = new MutationObserver(copy);
  observer.observe(input, {attributes: true, attributeFilter: ['aria-owns']});
  return () => observer.disconnect();
}

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

  useEffect(() => {
    const input = wrapper.current?.querySelector('input');
    if (!input) return undefined;
    const undoFocus = keepReaderFocus(input);
    const undoMirror = mirrorAriaOwns(input);
    return () => {
      undoFocus();
      undoMirror();
    };
  }, []);

  // `display: contents` keeps the search box a flex item of the navbar.
  return (
    <div ref={wrapper} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}
