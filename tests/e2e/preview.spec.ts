import {EditorDriver, LOCALES, expect, test} from './helpers/editor';

const EXAMPLE_PAGE = 'docs/example-walkthrough';
const EDITOR_ID = 'web-example';

// Lines of the example manifest (docs/example-walkthrough.mdx) by content.
const STATEFULSET_NAME = /^ {2}name: web\s*$/;
const SERVICE_NAME = /^ {2}name: nginx\s*$/;
const SERVICE_NAME_FIELD = /^\s*serviceName:/;
const REPLICAS = /^\s*replicas:/;
const STATEFULSET_KIND = /^kind: StatefulSet\s*$/;

for (const locale of LOCALES) {
  const examplePath = `${locale.base}${EXAMPLE_PAGE}`;

  test.describe(`${locale.name}: the live preview`, () => {
    test('lists the example\'s three Pods with their DNS names, and their claims', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await expect(editor.preview.getByRole('table')).toHaveCount(2);
      await expect(editor.previewPods()).toHaveCount(3);
      for (const ordinal of [0, 1, 2]) {
        const pod = editor.previewPods(`web-${ordinal}`);
        await expect(pod).toContainText(
          `web-${ordinal}.nginx.default.svc.cluster.local`,
        );
        const claim = editor.previewClaims(`www-web-${ordinal}`);
        await expect(claim).toContainText('1Gi');
        await expect(claim).toContainText('ReadWriteOnce');
        await expect(claim).toContainText('my-storage-class');
      }
      await expect(editor.preview).toContainText('nginx.default.svc.cluster.local');
    });

    test('a text with many StatefulSets draws the first ten and says how many more there are', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const many = Array.from(
        {length: 12},
        (_, index) =>
          `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db-${index}\nspec:\n  serviceName: nginx\n  replicas: 1\n  selector:\n    matchLabels:\n      app: db-${index}\n  template:\n    metadata:\n      labels:\n        app: db-${index}\n    spec:\n      containers:\n      - name: db\n        image: redis:7.4\n`,
      ).join('---\n');

      await editor.setText(many);

      await expect(editor.previewPods('db-9-0')).toHaveCount(1);
      await expect(editor.previewPods('db-10-0')).toHaveCount(0);
      await expect(editor.preview.getByTestId('preview-more')).toContainText('2');
    });

    test('changing replicas to 5 lists web-3 and web-4', async ({page}) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await editor.replaceLine(await editor.lineOf(REPLICAS), 'replicas: 5');

      await expect(editor.previewPods()).toHaveCount(5);
      await expect(editor.previewPods('web-4')).toContainText(
        'web-4.nginx.default.svc.cluster.local',
      );
      await expect(editor.previewClaims('www-web-4')).toBeVisible();
    });

    test('renaming the StatefulSet renames its Pods and claims', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await editor.replaceLine(await editor.lineOf(STATEFULSET_NAME), 'name: db');

      await expect(editor.previewPods('db-0')).toContainText(
        'db-0.nginx.default.svc.cluster.local',
      );
      await expect(editor.previewClaims('www-db-2')).toBeVisible();
      await expect(editor.previewPods('web-0')).toHaveCount(0);
      await expect(editor.previewClaims('www-web-0')).toHaveCount(0);
    });

    test('renaming the Service and serviceName changes the DNS names', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      // 1. The Service alone: serviceName names a Service the text lacks.
      await editor.replaceLine(await editor.lineOf(SERVICE_NAME), 'name: web-svc');
      await expect(editor.preview.locator('[data-notice="serviceMissing"]')).toBeVisible();
      await expect(editor.previewPods('web-0')).not.toContainText('svc.cluster.local');

      // 2. serviceName too: the DNS names follow.
      await editor.replaceLine(
        await editor.lineOf(SERVICE_NAME_FIELD),
        'serviceName: web-svc',
      );
      await expect(editor.previewPods('web-0')).toContainText(
        'web-0.web-svc.default.svc.cluster.local',
      );
      await expect(editor.preview).toContainText('web-svc.default.svc.cluster.local');
      await expect(editor.preview.locator('[data-notice]')).toHaveCount(0);
    });

    test('a YAML syntax error makes the preview say plainly that it cannot show anything', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      const line = await editor.lineOf(STATEFULSET_KIND);
      await editor.replaceLine(line, 'kind: StatefulSet: oops');

      await expect(editor.previewBlocked).toContainText(locale.text.previewCannotShow);
      await expect(editor.previewPods()).toHaveCount(0);

      // Fixing it brings the Pods back.
      await editor.replaceLine(line, 'kind: StatefulSet');
      await expect(editor.previewPods()).toHaveCount(3);
    });
  });
}
