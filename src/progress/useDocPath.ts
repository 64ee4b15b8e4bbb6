import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';

/**
 * The URL of a doc in the current locale, or undefined when the site has no
 * such doc (a chapter not written yet): links are drawn only to pages that
 * exist, so the build's broken-link check never trips on them.
 */
export function useDocPath(docId: string | undefined): string | undefined {
  const docs = useAllDocsData().default?.versions[0]?.docs ?? [];
  if (docId === undefined) return undefined;
  return docs.find((doc) => doc.id === docId)?.path;
}

/** Every doc id of the site, for pages that list several. */
export function useDocPaths(): Map<string, string> {
  const docs = useAllDocsData().default?.versions[0]?.docs ?? [];
  return new Map(docs.map((doc) => [doc.id, doc.path]));
}
