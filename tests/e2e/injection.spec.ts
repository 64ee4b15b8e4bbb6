/**
 * The reader's text is never rendered as HTML. Markup goes in through an
 * editor (pasted and typed: values, keys, names, labels, comments, broken
 * YAML) and through progress files, and must come out as literal text in
 * every place that shows it: the editor, the problem list, Monaco's hovers
 * and quick-fix menu, the cluster preview and the track's messages. Share
 * links and uploads of the playground are covered by playground.spec.ts.
 *
 * Each payload would, if it ran, set `window.__pwned`, open a dialog and
 * (for the images) request the relative URL `x`.
 */
import type {Page} from '@playwright/test';
import {
  EditorDriver,
  LOCALES,
  expect,
  openPage,
  test,
} from './helpers/editor';
import {TrackPage} from './helpers/exercise';
import {FILE_FORMAT, FILE_VERSION} from '../../src/progress/model';

const IMG = '<img src=x onerror=window.__pwned=1;alert(1)>';
const SCRIPT = '<script>window.__pwned=2;alert(2)</script>';
// Would end Monaco's hidden <textarea> early, were its value written as HTML.
const TEXTAREA = '</textarea><img src=x onerror=window.__pwned=3;alert(3)>';

// Markup in a comment, in names, in a label key and value, and in names the
// preview builds from others (Pods, DNS names, claims).
const HOSTILE = `# ${SCRIPT} ${TEXTAREA}
apiVersion: v1
kind: Service
metadata:
  name: "${TEXTAREA}"
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: "${IMG}"
  labels:
    "${SCRIPT}": "${SCRIPT}"
spec:
  serviceName: "${TEXTAREA}"
  replicas: 2
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
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`;

// No serviceName, and a headless Service whose name is markup: the quick fix
// offers to set serviceName to that name, so its title quotes it.
const FIX_TITLE = `apiVersion: v1
kind: Service
metadata:
  name: "${TEXTAREA}"
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
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

// Not valid YAML: an unknown kind, a duplicated key and an unclosed bracket.
const BROKEN = `apiVersion: v1
kind: "${TEXTAREA}"
metadata:
  name: db
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  labels:
    "${IMG}": a
    "${IMG}": b
spec:
  replicas: [${SCRIPT}
`;

const EXAMPLE_PAGE = 'docs/example-walkthrough';
const EXAMPLE_EDITOR = 'web-example';

/**
 * Records what a payload would do if it ran: dialogs, and requests for the
 * images' `src=x` (made even by an image never attached to the page).
 */
export function watchPayloads(page: Page): {dialogs: string[]; images: string[]} {
  const seen = {dialogs: [] as string[], images: [] as string[]};
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) {
      seen.images.push(request.url());
    }
  });
  return seen;
}

export async function expectNothingRan(
  page: Page,
  seen: ReturnType<typeof watchPayloads>,
): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const found = await page.evaluate(() => ({
    flag: (window as {__pwned?: unknown}).__pwned,
    scripts: [...document.scripts].filter((script) =>
      script.textContent?.includes('__pwned'),
    ).length,
  }));
  expect(found, 'the payloads left no trace').toEqual({
    flag: undefined,
    scripts: 0,
  });
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.images, 'requests for src=x').toEqual([]);
}

for (const locale of LOCALES) {
  test.describe(`${locale.name}: markup in a manifest`, () => {
    test('pasted into an editor, it is shown as text in the editor, the problems, a hover and the preview, and never runs', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      const editor = await EditorDriver.open(
        page,
        `${locale.base}${EXAMPLE_PAGE}`,
        EXAMPLE_EDITOR,
      );

      // 1. The editor holds it and draws it, comment included.
      await editor.setText(HOSTILE);
      await editor.goToLine(1);
      await expect(editor.root.locator('.view-lines')).toContainText(
        `# ${SCRIPT} ${TEXTAREA}`,
      );

      // 2. The problem list quotes the names, the label key and value.
      const problems = editor.problemList;
      await expect(editor.problems('sts-name-dns-label')).toContainText(IMG);
      await expect(editor.problems('meta-labels-invalid').first()).toContainText(
        SCRIPT,
      );
      await expect(editor.problems('sts-service-name-format')).toContainText(
        TEXTAREA,
      );

      // 3. So does Monaco's hover on the squiggle.
      await editor.problems('sts-name-dns-label').getByRole('button').first().click();
      await expect(await editor.showHover()).toContainText(IMG);

      // 4. The preview builds Pod names, DNS names and claims from them.
      const pod = editor.previewPods(`${IMG}-0`);
      await expect(pod).toContainText(`${IMG}-0`);
      await expect(pod).toContainText(
        `${IMG}-0.${TEXTAREA}.default.svc.cluster.local`,
      );
      await expect(editor.previewClaims(`data-${IMG}-1`)).toContainText(
        `data-${IMG}-1`,
      );

      await expect(problems).toContainText(SCRIPT);
      await expectNothingRan(page, seen);
    });

    test('typed into an editor line by line, it is shown as text in the problems and the preview\'s notices, and never runs', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      const editor = await EditorDriver.open(
        page,
        `${locale.base}${EXAMPLE_PAGE}`,
        EXAMPLE_EDITOR,
      );

      await editor.replaceLine(await editor.lineOf(/^ {2}name: web\s*$/), `name: "${IMG}"`);
      await editor.replaceLine(
        await editor.lineOf(/^\s*serviceName:/),
        `serviceName: "${TEXTAREA}"`,
      );
      await editor.replaceLine(1, `# ${SCRIPT}`);

      await expect(editor.problems('sts-name-dns-label')).toContainText(IMG);
      await expect(editor.problems('sts-service-name-format')).toContainText(
        TEXTAREA,
      );
      // The Service is still called nginx: the preview names the missing one.
      await expect(
        editor.preview.locator('[data-notice="serviceMissing"]'),
      ).toContainText(TEXTAREA);
      await expect(editor.previewPods(`${IMG}-2`)).toContainText(`${IMG}-2`);
      await expect(editor.root.locator('.view-lines')).toContainText(
        `# ${SCRIPT}`,
      );
      await expectNothingRan(page, seen);
    });

    test('quoted in a quick fix, it is shown as text in the problem list and in the quick-fix menu', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      const editor = await EditorDriver.open(
        page,
        `${locale.base}${EXAMPLE_PAGE}`,
        EXAMPLE_EDITOR,
      );
      await editor.setText(FIX_TITLE);
      const problem = editor.problems('sts-service-name-unset');

      // 1. The fix's button in the list.
      await expect(problem.getByRole('button').last()).toContainText(
        `serviceName: ${TEXTAREA}`,
      );

      // 2. The same fix in Monaco's menu (Ctrl+.) at the problem.
      await problem.getByRole('button').first().click();
      const options = await editor.openQuickFixMenu();
      await expect(options.filter({hasText: TEXTAREA})).toHaveCount(1);
      await page.keyboard.press('Escape');

      await expectNothingRan(page, seen);
    });

    test('in YAML that does not parse, it is shown as text in the diagnostics and their hover, and never runs', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      const editor = await EditorDriver.open(
        page,
        `${locale.base}${EXAMPLE_PAGE}`,
        EXAMPLE_EDITOR,
      );

      await editor.setText(BROKEN);

      await expect(editor.problems('yaml-syntax')).not.toHaveCount(0);
      const duplicate = editor.problems('yaml-duplicate-key');
      await expect(duplicate).toContainText(IMG);
      await expect(editor.problems('kind-unknown')).toContainText(TEXTAREA);
      await expect(editor.previewBlocked).toContainText(
        locale.text.previewCannotShow,
      );
      await duplicate.getByRole('button').first().click();
      await expect(await editor.showHover()).toContainText(IMG);
      await expect(editor.root.locator('.view-lines')).toContainText(SCRIPT);

      await expectNothingRan(page, seen);
    });
  });

  test.describe(`${locale.name}: markup in a progress file`, () => {
    for (const [field, file, shown] of refusedFiles()) {
      test(`in ${field}, the import is refused with the markup quoted as text`, async ({
        page,
      }) => {
        const seen = watchPayloads(page);
        const track = await TrackPage.open(page, locale);

        await track.importFile(asFile(`${field}.json`, file));

        const alert = track.importResult.getByRole('alert');
        await expect(alert).toBeVisible();
        if (shown) await expect(alert).toContainText(shown);
        expect(locale.isInLanguage(await alert.innerText())).toBe(true);
        await expectNothingRan(page, seen);
      });
    }

    test('in fields the import does not show (export date, unknown fields, unknown ids), a file is still read as progress', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      const track = await TrackPage.open(page, locale);
      const date = '2026-11-30T10:00:00.000Z';

      await track.importFile(
        asFile('progress.json', {
          format: FILE_FORMAT,
          version: FILE_VERSION,
          exportedAt: SCRIPT,
          [IMG]: TEXTAREA,
          exercises: {'parallel-start': date, 'no-such-exercise': date},
          pages: {'no-such-page': date},
        }),
      );

      await expect(track.importResult.getByRole('status')).toBeVisible();
      await track.expectExerciseDone('parallel-start');
      await expectNothingRan(page, seen);
    });

    test('in the name of a file a team lead reviews, it is shown as text', async ({
      page,
    }) => {
      const seen = watchPayloads(page);
      await openPage(page, `${locale.base}docs/team-onboarding`);
      const review = page.getByTestId('progress-review');
      // A file name cannot hold "/", so only the image goes in the name.
      const name = `${IMG}.json`;

      await review.locator('input[type="file"]').setInputFiles(
        asFile(name, {
          format: FILE_FORMAT,
          version: FILE_VERSION,
          exercises: {'parallel-start': '2026-11-30T10:00:00.000Z'},
        }),
      );

      await expect(review).toContainText(name);
      await expect(review.locator('[data-step="exercise:parallel-start"]')).toHaveAttribute(
        'data-done',
        'true',
      );

      // A refused file's message quotes the markup as text there too.
      await review.locator('input[type="file"]').setInputFiles(
        asFile('version.json', {format: FILE_FORMAT, version: IMG}),
      );
      await expect(review.getByRole('alert')).toContainText(IMG);
      await expectNothingRan(page, seen);
    });
  });
}

/**
 * Files that put markup in each string the import reads, each refused: the
 * field, the file, and what of it the message quotes (if anything).
 */
function refusedFiles(): [string, object, string | undefined][] {
  const date = '2026-11-30T10:00:00.000Z';
  return [
    ['the format', {format: SCRIPT, version: FILE_VERSION}, undefined],
    ['the version', {format: FILE_FORMAT, version: IMG}, IMG],
    [
      'an exercise id',
      {format: FILE_FORMAT, version: FILE_VERSION, exercises: {[TEXTAREA]: date}},
      TEXTAREA,
    ],
    [
      'a page id',
      {format: FILE_FORMAT, version: FILE_VERSION, pages: {[SCRIPT]: date}},
      SCRIPT,
    ],
    [
      'a completion date',
      {format: FILE_FORMAT, version: FILE_VERSION, exercises: {'parallel-start': IMG}},
      'parallel-start',
    ],
    ['the exercises', {format: FILE_FORMAT, version: FILE_VERSION, exercises: IMG}, undefined],
  ];
}

function asFile(name: string, content: object) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  };
}
