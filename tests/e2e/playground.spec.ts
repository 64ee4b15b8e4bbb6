import type {Browser, Page} from '@playwright/test';
import {EXERCISES} from '../../src/exercises';
import {encodeShareFragment} from '../../src/playground/share';
import {
  EditorDriver,
  LOCALES,
  expect,
  openPage,
  test,
  type SiteLocale,
} from './helpers/editor';

const EDITOR_ID = 'playground';

// Checker rules these tests rely on (src/checker/rules).
const SELECTOR_MISMATCH = 'sts-selector-template-mismatch';
const NAME_NOT_DNS_LABEL = 'sts-name-dns-label';

/** What the reader sees on the playground, in each locale. */
const TEXT = {
  'zh-TW': {
    load: '載入',
    share: '複製分享連結',
    download: '下載',
    restore: '還原先前的內容',
    loadMenu: '範例與練習',
    shared: '已開啟分享連結裡的內容。',
    uploaded: '已開啟檔案',
    binary: '這個檔案不是 UTF-8 文字檔',
    brokenLink: '這個分享連結不完整或已損壞',
    unchanged: '編輯器的內容沒有改變。',
    keptOwn: '編輯器裡仍是你原本的內容。',
  },
  en: {
    load: 'Load',
    share: 'Copy share link',
    download: 'Download',
    restore: 'Restore previous text',
    loadMenu: 'Examples and exercises',
    shared: 'Opened the text from the share link.',
    uploaded: 'Opened the file',
    binary: 'This file is not UTF-8 text',
    brokenLink: 'This share link is incomplete or damaged',
    unchanged: "The editor's text has not changed.",
    keptOwn: 'The editor still holds your own text.',
  },
} as const;

// A StatefulSet whose template labels its selector does not match.
const MISMATCHED = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  serviceName: cache
  replicas: 2
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: kache
    spec:
      containers:
        - name: redis
          image: redis:7.2
`;

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea>',
];

// Markup in values the checker quotes back, so it reaches the problem list,
// the preview and the simulator, not only the editor.
const HOSTILE = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: "${MARKUP[1]}"
  labels:
    note: "${MARKUP[0]}"
spec:
  serviceName: "${MARKUP[2]}"
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

// The first bytes of a PNG image: a NUL byte, and not UTF-8.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
]);

for (const locale of LOCALES) {
  const text = TEXT[locale.name];
  const path = `${locale.base}playground`;

  test.describe(`${locale.name}: the playground`, () => {
    test('a share link opens the same text in a fresh browser, keeping that reader’s own text', async ({
      page,
      browser,
      consoleErrors,
    }) => {
      // 1. Make a link from an edited text.
      const editor = await EditorDriver.open(page, path, EDITOR_ID);
      await editor.setText(MISMATCHED);
      await shareButton(page, text).click();
      const link = await page.getByTestId('playground-share-link').inputValue();
      expect(link).toMatch(/\/playground#yaml=[A-Za-z0-9+$-]+$/);

      // 2. Open it where someone else has a text of their own.
      const reader = await freshPage(browser, consoleErrors);
      const own = await EditorDriver.open(reader, path, EDITOR_ID);
      await own.setText('kind: ConfigMap\n');
      await reader.goto('about:blank');
      const opened = await EditorDriver.open(reader, link, EDITOR_ID);
      await expect.poll(() => opened.getText()).toBe(MISMATCHED);
      await expect(notice(reader)).toContainText(text.shared);
      await expect(opened.problems(SELECTOR_MISMATCH)).toHaveCount(1);
      // The link is used up: a reload shows the saved text, not the link's.
      expect(new URL(reader.url()).hash).toBe('');

      // 3. Their own text comes back on request.
      await reader.getByRole('button', {name: text.restore}).click();
      await expect.poll(() => opened.getText()).toBe('kind: ConfigMap\n');
      await reader.context().close();
    });

    test('an opened manifest file replaces the text, shows its problems and downloads again', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, path, EDITOR_ID);
      await chooseFile(page, 'cache.yaml', Buffer.from(MISMATCHED));

      await expect.poll(() => editor.getText()).toBe(MISMATCHED);
      await expect(editor.problems(SELECTOR_MISMATCH)).toHaveCount(1);
      await expect(notice(page)).toContainText(text.uploaded);
      await expect(notice(page)).toContainText('cache.yaml');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: text.download, exact: true}).click(),
      ]);
      expect(download.suggestedFilename()).toBe('cache.yaml');
      const saved = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of saved) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(MISMATCHED);
    });

    test('the load menu puts an exercise’s manifest in, and Ctrl+Z takes it out again', async ({
      page,
    }) => {
      const exercise = EXERCISES[0]!;
      const editor = await EditorDriver.open(page, path, EDITOR_ID);
      await editor.setText(MISMATCHED);

      await page
        .getByLabel(text.loadMenu)
        .selectOption({label: exercise.title[locale.name]});
      await page.getByRole('button', {name: text.load, exact: true}).click();
      await expect.poll(() => editor.getText()).toBe(exercise.start);

      await editor.undo();
      await expect.poll(() => editor.getText()).toBe(MISMATCHED);
    });

    test('a binary file is refused with a message, and the text stays', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, path, EDITOR_ID);
      await editor.setText(MISMATCHED);

      await chooseFile(page, 'logo.png', PNG);

      const alert = notice(page).getByRole('alert');
      await expect(alert).toContainText(text.binary);
      await expect(alert).toContainText(text.unchanged);
      expect(locale.isInLanguage(await alert.innerText())).toBe(true);
      expect(await editor.getText()).toBe(MISMATCHED);
    });

    test('a cut-off share link says so and leaves the saved text alone', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, path, EDITOR_ID);
      await editor.setText(MISMATCHED);
      const whole = encodeShareFragment(HOSTILE);
      const cut = whole.slice(0, Math.floor(whole.length / 2));

      await page.goto('about:blank');
      await openPage(page, `${path}#${cut}`);
      await editor.waitUntilReady();

      const alert = notice(page).getByRole('alert');
      await expect(alert).toContainText(text.brokenLink);
      await expect(alert).toContainText(text.keptOwn);
      expect(await editor.getText()).toBe(MISMATCHED);
      await page.reload();
      await editor.waitUntilReady();
      expect(await editor.getText()).toBe(MISMATCHED);
    });

    for (const way of ['share link', 'file'] as const) {
      test(`markup arriving by ${way} is shown as text and never runs`, async ({
        page,
      }) => {
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const link = `${path}#${encodeShareFragment(HOSTILE)}`;
        const editor = await EditorDriver.open(
          page,
          way === 'share link' ? link : path,
          EDITOR_ID,
        );

        if (way === 'file') {
          await chooseFile(page, `${MARKUP[1]}.yaml`, Buffer.from(HOSTILE));
          await expect(notice(page)).toContainText(`${MARKUP[1]}.yaml`);
        }

        await expect.poll(() => editor.getText()).toBe(HOSTILE);
        const problem = editor.problems(NAME_NOT_DNS_LABEL);
        await expect(problem).toContainText(MARKUP[1]!);
        await expect(editor.problemList).toContainText(MARKUP[0]!);
        await expect(editor.problemList).toContainText(MARKUP[2]!);
        await expectNoInjectedMarkup(page);
        expect(dialogs).toEqual([]);
      });
    }
  });
}

function notice(page: Page) {
  return page.getByTestId('playground-notice');
}

function shareButton(page: Page, text: (typeof TEXT)[SiteLocale['name']]) {
  return page.getByRole('button', {name: text.share, exact: true});
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page
    .getByTestId('playground-file-input')
    .setInputFiles({name, mimeType: 'application/octet-stream', buffer});
}

/** A page in a new browser context: nothing saved, like another reader's. */
async function freshPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

/** No element the hostile text would have made, had it been parsed as HTML. */
async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const hasScript = await page.evaluate(() =>
    [...document.scripts].some((script) =>
      script.textContent?.includes('alert(1)'),
    ),
  );
  expect(hasScript, 'a <script> with the reader’s text').toBe(false);
}
