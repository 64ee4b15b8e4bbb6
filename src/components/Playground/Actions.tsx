import {useId, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Locale} from '@site/src/checker';
import {PLAYGROUND_SOURCES} from '@site/src/playground/examples';
import {UPLOAD_ACCEPT} from '@site/src/playground/upload';

import styles from './styles.module.css';

interface Props {
  locale: Locale;
  /** False until the editor has loaded: nothing can be put into it yet. */
  isReady: boolean;
  onLoad: (key: string) => void;
  onOpenFile: (file: File) => void;
  onDownload: () => void;
  onShare: () => void;
  /** Absent when there is no earlier text to bring back. */
  onRestore?: () => void;
}

const button = 'button button--secondary button--sm';

/** The row above the editor: load, open a file, download, share, restore. */
export default function Actions({
  locale,
  isReady,
  onLoad,
  onOpenFile,
  onDownload,
  onShare,
  onRestore,
}: Props): ReactNode {
  const selectId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState('');

  return (
    <div className={styles.actions} data-testid="playground-actions">
      <div className={styles.loadGroup}>
        <label htmlFor={selectId} className={styles.label}>
          {translate({
            id: 'playground.load.label',
            message: '範例與練習',
            description: 'Label of the menu of manifests to load',
          })}
        </label>
        <select
          id={selectId}
          className={styles.select}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          data-testid="playground-load-menu">
          <option value="">
            {translate({
              id: 'playground.load.placeholder',
              message: '選一份 manifest…',
              description: 'First, empty entry of the load menu',
            })}
          </option>
          <SourceGroup kind="example" locale={locale} />
          <SourceGroup kind="exercise" locale={locale} />
        </select>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={!isReady || choice === ''}
          onClick={() => onLoad(choice)}>
          {translate({
            id: 'playground.load.button',
            message: '載入',
            description: 'Loads the chosen manifest into the playground',
          })}
        </button>
      </div>
      <div className={styles.fileGroup}>
        <button
          type="button"
          className={button}
          disabled={!isReady}
          onClick={() => fileInput.current?.click()}>
          {translate({
            id: 'playground.file.open',
            message: '開啟檔案…',
            description: 'Opens a file picker; the file is read in the browser',
          })}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={UPLOAD_ACCEPT}
          className={styles.fileInput}
          data-testid="playground-file-input"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // The same file can be chosen again after fixing it.
            event.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <button
          type="button"
          className={button}
          disabled={!isReady}
          onClick={onDownload}>
          {translate({
            id: 'playground.file.download',
            message: '下載',
            description: "Downloads the playground's text as a file",
          })}
        </button>
        <button
          type="button"
          className={button}
          disabled={!isReady}
          onClick={onShare}>
          {translate({
            id: 'playground.share.button',
            message: '複製分享連結',
            description: 'Makes a link that carries the text and copies it',
          })}
        </button>
        {onRestore && (
          <button type="button" className={button} onClick={onRestore}>
            {translate({
              id: 'playground.restore.button',
              message: '還原先前的內容',
              description:
                'Brings back the text from before the last load, file or link',
            })}
          </button>
        )}
      </div>
    </div>
  );
}

function SourceGroup({
  kind,
  locale,
}: {
  kind: 'example' | 'exercise';
  locale: Locale;
}): ReactNode {
  const label =
    kind === 'example'
      ? translate({
          id: 'playground.load.examples',
          message: '章節裡的範例',
          description: 'Group of the load menu: the chapters’ examples',
        })
      : translate({
          id: 'playground.load.exercises',
          message: '練習的起始 manifest',
          description: 'Group of the load menu: starting manifests of exercises',
        });
  return (
    <optgroup label={label}>
      {PLAYGROUND_SOURCES.filter((source) => source.kind === kind).map(
        (source) => (
          <option key={source.key} value={source.key}>
            {source.title[locale]}
          </option>
        ),
      )}
    </optgroup>
  );
}
