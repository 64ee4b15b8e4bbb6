import {useRef, useState, type ReactNode} from 'react';
import {sentenceGap} from '../text/sentenceGap';
import {translate} from '@docusaurus/Translate';
import {
  MAX_FILE_BYTES,
  countNew,
  parseProgress,
  serializeProgress,
  type Progress,
} from '@site/src/progress/model';
import {importProgress} from '@site/src/progress/store';
import {problemText} from './fileMessages';

import styles from './styles.module.css';

type Outcome = {ok: true; added: number} | {ok: false; message: string};

/** Export, import and print of the reader's progress. All of it stays local. */
export default function ProgressFileTools({progress}: {progress: Progress}): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();

  const exportFile = () => {
    const now = new Date();
    const blob = new Blob([serializeProgress(progress, now)], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `statefulset-lab-progress-${now.toISOString().slice(0, 10)}.json`;
    link.click();
    // After the click has started the download.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(await readProgressFile(file, progress));
    // The same file can be chosen again after fixing it.
    if (input.current) input.current.value = '';
  };

  return (
    <section className={styles.tools} aria-labelledby="progress-file-tools">
      <h2 id="progress-file-tools">
        {translate({id: 'progress.tools.title', message: '匯出、匯入與列印', description: 'Heading of the progress file tools'})}
      </h2>
      <p>
        {translate({
          id: 'progress.tools.intro',
          message: '進度只存在這個瀏覽器裡，不會傳送到任何地方。要換電腦或交給團隊負責人，就匯出成檔案；匯入時只會加上檔案裡有、這裡還沒有的項目，已經記下的進度不會被刪掉。',
          description: 'Explains export and import on the track page',
        })}
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={exportFile}>
          {translate({id: 'progress.tools.export', message: '匯出進度（JSON）', description: 'Button that downloads the progress as a JSON file'})}
        </button>
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
          {translate({id: 'progress.tools.import', message: '匯入進度檔案…', description: 'Button that opens a file picker to import progress'})}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className={styles.fileInput}
          data-testid="progress-import-input"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {translate({id: 'progress.tools.print', message: '列印完成摘要', description: 'Button that prints the completion summary'})}
        </button>
      </div>
      <div aria-live="polite" data-testid="progress-import-result">
        {outcome?.ok === true && (
          <p className="alert alert--success" role="status">
            {translate(
              {
                id: 'progress.import.done',
                message: '已匯入：新增了 {added} 個完成的步驟，原有的進度都保留著。',
                description: 'Shown after a successful import',
              },
              {added: outcome.added},
            )}
          </p>
        )}
        {outcome?.ok === false && (
          <p className="alert alert--danger" role="alert">
            {outcome.message}
            {sentenceGap(outcome.message)}
            {translate({id: 'progress.import.unchanged', message: '已儲存的進度沒有任何改變。', description: 'Added to every import error'})}
          </p>
        )}
      </div>
    </section>
  );
}

async function readProgressFile(file: File, current: Progress): Promise<Outcome> {
  if (file.size > MAX_FILE_BYTES) return {ok: false, message: problemText('tooLarge')};
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {ok: false, message: problemText('readFailed')};
  }
  const parsed = parseProgress(text);
  if (!parsed.ok) return {ok: false, message: problemText(parsed.problem, parsed.detail)};
  const added = countNew(current, parsed.progress);
  importProgress(parsed.progress);
  return {ok: true, added};
}
