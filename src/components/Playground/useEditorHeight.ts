import {useEffect, useState} from 'react';

// Room left for the navbar, the page's heading and toolbar, the editor's
// title bar, and the first lines of the problem list under the editor.
const CHROME_PX = 340;
const MIN_PX = 320;

/** A height in px that lets the editor fill most of the viewport. */
export function useEditorHeight(): number {
  const [height, setHeight] = useState(() => measure());

  useEffect(() => {
    const update = () => setHeight(measure());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);

  return height;
}

function measure(): number {
  if (typeof window === 'undefined') return MIN_PX;
  return Math.max(MIN_PX, Math.round(window.innerHeight - CHROME_PX));
}
