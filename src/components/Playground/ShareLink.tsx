import {useId, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';

import styles from './styles.module.css';

// Past about this length some chat apps and mail clients cut links.
const LONG_LINK_CHARS = 2000;

/** The last share link, to copy by hand where the clipboard is refused. */
export default function ShareLink({url}: {url: string}): ReactNode {
  const inputId = useId();
  return (
    <div className={styles.shareLink}>
      <label htmlFor={inputId} className={styles.label}>
        {translate({
          id: 'playground.share.label',
          message: '分享連結',
          description: 'Label of the field that shows the share link',
        })}
      </label>
      <input
        id={inputId}
        className={styles.shareInput}
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.target.select()}
        data-testid="playground-share-link"
      />
      {url.length > LONG_LINK_CHARS && (
        <p className={styles.muted}>
          {translate(
            {
              id: 'playground.share.long',
              message:
                '這個連結有 {length} 個字元。有些聊天軟體或郵件會截斷太長的連結，截斷後就打不開了；這時請改用「下載」，把檔案傳給對方。',
              description: 'Under a share link longer than a few thousand characters',
            },
            {length: url.length},
          )}
        </p>
      )}
    </div>
  );
}
