import {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {MAX_FILE_BYTES, parseProgress, type Progress} from '@site/src/progress/model';
import ProgressSummary from './ProgressSummary';
import {problemText} from './fileMessages';
import {useTrack} from './useTrack';

import styles from './styles.module.css';

type Review = {ok: true; name: string; progress: Progress} | {ok: false; message: string};

/**
 * For a team lead: opens someone's progress file and shows its summary. The
 * file is only read, never saved: the lead's own progress is not touched.
 */
export default function ProgressFileReview(): ReactNode {
  const [review, setReview] = useState<Review>();

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setReview({ok: false, message: problemText('tooLarge')});
      return;
    }
    const text = await file.text().catch(() => undefined);
    if (text === undefined) {
      setReview({ok: false, message: problemText('readFailed')});
      return;
    }
    const parsed = parseProgress(text);
    setReview(
      parsed.ok
        ? {ok: true, name: file.name, progress: parsed.progress}
        : {ok: false, message: problemText(parsed.problem, parsed.detail)},
    );
  };

  return (
    <section className={styles.review} data-testid="progress-review">
      <label className={styles.reviewLabel}>
        {translate({id: 'progress.review.choose', message: '選擇一個進度檔案來檢視：', description: 'Label of the file input on the team lead page'})}{' '}
        <input type="file" accept=".json,application/json" onChange={(event) => void open(event.target.files?.[0])} />
      </label>
      <div aria-live="polite">
        {review?.ok === false && (
          <p className="alert alert--danger" role="alert">
            {review.message}
          </p>
        )}
        {review?.ok === true && <ReviewedSummary name={review.name} progress={review.progress} />}
      </div>
    </section>
  );
}

function ReviewedSummary({name, progress}: {name: string; progress: Progress}): ReactNode {
  const {steps, totals} = useTrack(progress);
  return (
    <>
      <p>
        {translate(
          {id: 'progress.review.showing', message: '「{name}」的進度（只供檢視，沒有存進這個瀏覽器）：', description: 'Above the summary of a reviewed progress file'},
          {name},
        )}
      </p>
      <ProgressSummary steps={steps} totals={totals} withLinks={false} />
    </>
  );
}
