import {translate} from '@docusaurus/Translate';
import {MAX_UPLOAD_BYTES} from '@site/src/playground/upload';

/** What the last action did, shown under the toolbar. */
export type Notice =
  | {kind: 'loaded'; title: string}
  | {kind: 'uploaded'; fileName: string}
  | {kind: 'shared'}
  | {kind: 'restored'}
  | {kind: 'sameText'}
  | {kind: 'linkCopied'}
  | {kind: 'linkNotCopied'}
  | {kind: 'problem'; problem: Problem};

/** Why nothing was loaded; the reader's text is unchanged in every case. */
export type Problem = 'tooLarge' | 'binary' | 'readFailed' | 'brokenLink';

export function isProblem(
  notice: Notice,
): notice is Extract<Notice, {kind: 'problem'}> {
  return notice.kind === 'problem';
}

export function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'loaded':
      return translate(
        {
          id: 'playground.notice.loaded',
          message: '已載入「{title}」。',
          description: 'After loading an example or exercise into the playground',
        },
        {title: notice.title},
      );
    case 'uploaded':
      return translate(
        {
          id: 'playground.notice.uploaded',
          message: '已開啟檔案「{fileName}」。',
          description: 'After uploading a file into the playground',
        },
        {fileName: notice.fileName},
      );
    case 'shared':
      return translate({
        id: 'playground.notice.shared',
        message: '已開啟分享連結裡的內容。',
        description: 'After opening a share link in the playground',
      });
    case 'restored':
      return translate({
        id: 'playground.notice.restored',
        message: '已還原先前的內容。',
        description: 'After bringing back the text from before the last load',
      });
    case 'sameText':
      return translate({
        id: 'playground.notice.sameText',
        message: '編輯器裡已經是這份內容了，沒有任何改變。',
        description: 'When the loaded text equals the text in the editor',
      });
    case 'linkCopied':
      return translate({
        id: 'playground.notice.linkCopied',
        message: '分享連結已複製。內容在連結的 # 後面，不會傳送到任何伺服器。',
        description: 'After copying a share link to the clipboard',
      });
    case 'linkNotCopied':
      return translate({
        id: 'playground.notice.linkNotCopied',
        message: '瀏覽器不允許複製：請選取下面的連結，再按 Ctrl+C 複製。',
        description: 'When the clipboard refused the share link',
      });
    case 'problem':
      return problemText(notice.problem);
  }
}

function problemText(problem: Problem): string {
  switch (problem) {
    case 'tooLarge':
      return translate(
        {
          id: 'playground.problem.tooLarge',
          message: '這個檔案太大（超過 {size} MB），不像是 manifest。編輯器的內容沒有改變。',
          description: 'Upload error: the file is too large',
        },
        {size: MAX_UPLOAD_BYTES / (1024 * 1024)},
      );
    case 'binary':
      return translate({
        id: 'playground.problem.binary',
        message: '這個檔案不是 UTF-8 文字檔（可能是圖片、壓縮檔或其他二進位檔案），所以沒有開啟。編輯器的內容沒有改變。',
        description: 'Upload error: NUL bytes or invalid UTF-8',
      });
    case 'readFailed':
      return translate({
        id: 'playground.problem.readFailed',
        message: '無法讀取這個檔案。編輯器的內容沒有改變。',
        description: 'Upload error: the browser could not read the file',
      });
    case 'brokenLink':
      return translate({
        id: 'playground.problem.brokenLink',
        message: '這個分享連結不完整或已損壞，可能在複製或轉寄時被截斷了。請向對方要一次完整的連結。編輯器裡仍是你原本的內容。',
        description: 'A share link whose fragment was cut off or edited',
      });
  }
}

/** Added to every replacement: how to get the old text back. */
export function undoHint(): string {
  return translate({
    id: 'playground.notice.undoHint',
    message: '原本的內容沒有遺失：在編輯器裡按 Ctrl+Z（⌘Z）可以復原，或按「還原先前的內容」。',
    description: 'After the playground text was replaced by a load, upload or link',
  });
}
