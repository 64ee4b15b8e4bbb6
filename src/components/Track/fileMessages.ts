import {translate} from '@docusaurus/Translate';
import {MAX_FILE_BYTES, type ProgressProblem} from '@site/src/progress/model';

/** What a reader is told when a file is not a progress file we can read. */
export function problemText(problem: ProgressProblem | 'readFailed', detail?: string): string {
  switch (problem) {
    case 'tooLarge':
      return translate(
        {id: 'progress.file.tooLarge', message: '這個檔案太大（超過 {size} KB），不是進度檔案。', description: 'Import error: the file is too large'},
        {size: MAX_FILE_BYTES / 1024},
      );
    case 'notJson':
      return translate({
        id: 'progress.file.notJson',
        message: '這個檔案不是有效的 JSON，可能不是進度檔案，或是檔案已經損壞。',
        description: 'Import error: the file is not JSON (binary, truncated or another format)',
      });
    case 'notProgress':
      return translate({
        id: 'progress.file.notProgress',
        message: '這個 JSON 檔案不是 StatefulSet Lab 的進度檔案。',
        description: 'Import error: valid JSON, but not our format',
      });
    case 'newerVersion':
      return translate(
        {
          id: 'progress.file.newerVersion',
          message: '這個進度檔案的格式版本是「{version}」，這個網站看不懂。請用較新版本的網站開啟。',
          description: 'Import error: the file has an unknown format version',
        },
        {version: detail ?? ''},
      );
    case 'invalidEntry':
      return translate(
        {
          id: 'progress.file.invalidEntry',
          message: '這個進度檔案有一筆內容無效（{detail}），可能被手動修改過。',
          description: 'Import error: an entry is not an id with a date',
        },
        {detail: detail ?? ''},
      );
    case 'readFailed':
      return translate({id: 'progress.file.readFailed', message: '無法讀取這個檔案。', description: 'Import error: the browser could not read the file'});
  }
}
