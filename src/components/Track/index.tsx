import {useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useProgress} from '@site/src/progress/useProgress';
import {formatDate} from '@site/src/components/Exercise';
import ProgressSummary from './ProgressSummary';
import ProgressFileTools from './ProgressFileTools';
import {useLocale, useTrack} from './useTrack';

import styles from './styles.module.css';

/**
 * The onboarding track: every chapter and exercise in order, ticked from the
 * progress saved in this browser, with export, import and a printable
 * summary.
 */
export default function Track(): ReactNode {
  const locale = useLocale();
  const {progress, status} = useProgress();
  const {steps, totals} = useTrack(progress);
  // Set after hydration: the build's date would not match the reader's.
  const [today, setToday] = useState<string>();
  useEffect(() => setToday(formatDate(new Date().toISOString(), locale)), [locale]);

  return (
    <div className={styles.track} data-testid="track">
      <StorageStatus status={status} />
      {today && (
        <p className={styles.printOnly}>
          {translate(
            {id: 'track.print.date', message: '列印日期：{date}', description: 'Shown on the printed summary'},
            {date: today},
          )}
        </p>
      )}
      <ProgressSummary steps={steps} totals={totals} />
      <ProgressFileTools progress={progress} />
    </div>
  );
}

function StorageStatus({status}: {status: ReturnType<typeof useProgress>['status']}): ReactNode {
  if (status === 'unavailable') {
    return (
      <p className="alert alert--warning" role="status" data-testid="progress-storage-unavailable">
        {translate({
          id: 'track.storage.unavailable',
          message: '這個瀏覽器不允許本站儲存資料（可能是隱私設定，或儲存空間已滿）。網站照常可以使用，但進度只保留到你離開或重新載入頁面為止；離開前請先匯出。',
          description: 'Shown on the track page when localStorage is blocked or full',
        })}
      </p>
    );
  }
  if (status === 'recovered') {
    return (
      <p className="alert alert--warning" role="status" data-testid="progress-storage-recovered">
        {translate({
          id: 'track.storage.recovered',
          message: '這個瀏覽器裡儲存的進度無法讀取（可能被手動修改過）。它已經另外保留，沒有被刪除；從現在起的進度會重新記錄。',
          description: 'Shown when the stored progress could not be read and was set aside',
        })}
      </p>
    );
  }
  return null;
}
