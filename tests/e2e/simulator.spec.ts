import type {Locator, Page} from '@playwright/test';
import {EditorDriver, LOCALES, expect, test} from './helpers/editor';

// What the reader sees of the controller simulator, per locale: the labels
// the tests click and the words they look for.
const TEXT = {
  'zh-TW': {
    scale: '調整副本數',
    update: '修改範本（新版本）',
    play: '播放到結束',
    done: '完成',
    kept: '保留，沒有 Pod 使用',
    revision: (n: number) => `第 ${n} 版`,
  },
  en: {
    scale: 'Scale',
    update: 'Change the template (new revision)',
    play: 'Play to the end',
    done: 'done',
    kept: 'kept, no Pod uses it',
    revision: (n: number) => `revision ${n}`,
  },
} as const;

/** The simulator under the editor `editor`, and the parts the tests read. */
class SimulatorDriver {
  readonly root: Locator;
  readonly log: Locator;

  constructor(
    readonly editor: EditorDriver,
    readonly text: (typeof TEXT)[keyof typeof TEXT],
  ) {
    this.root = editor.root.getByTestId('controller-simulator');
    this.log = this.root.getByTestId('simulator-log');
  }

  pod(name: string): Locator {
    // Log lines carry data-pod too; only the cards have a phase.
    return this.root.locator(`li[data-phase][data-pod="${name}"]`);
  }

  claim(name: string): Locator {
    return this.root.locator(`li[data-claim="${name}"]`);
  }

  button(name: string): Locator {
    return this.root.getByRole('button', {name, exact: true});
  }

  /** Presses Play and waits until the status line says the run is over. */
  async playToEnd(): Promise<void> {
    await this.button(this.text.play).click();
    await expect(this.root.locator('[data-status="settled"]')).toContainText(
      this.text.done,
      {timeout: 30_000},
    );
  }

  /** The Pod named by each log line of `kind`, in the order they appear. */
  async podsInLog(kind: string): Promise<string[]> {
    const entries = this.log.locator(`li[data-kind="${kind}"]`);
    const texts = await entries.allInnerTexts();
    return texts.map((text) => /\bweb-\d+\b/.exec(text)?.[0] ?? text);
  }
}

async function openSimulator(
  page: Page,
  path: string,
  id: string,
  locale: keyof typeof TEXT,
): Promise<SimulatorDriver> {
  const editor = await EditorDriver.open(page, path, id);
  const simulator = new SimulatorDriver(editor, TEXT[locale]);
  await expect(simulator.root).toBeVisible();
  return simulator;
}

/** Types `value` over the YAML line that sets `field`, and waits for the simulator to restart. */
async function setField(
  simulator: SimulatorDriver,
  field: string,
  value: number,
): Promise<void> {
  const pattern = new RegExp(`^\\s*${field}:\\s*\\d+\\s*$`);
  const [line] = await simulator.editor.findLines(pattern);
  expect(line, `the manifest sets ${field}`).toBeDefined();
  await simulator.editor.replaceLine(line!, `${field}: ${value}`);
  await expect(simulator.root.locator('p').first()).toContainText(
    `${field}: ${value}`,
  );
}

for (const locale of LOCALES) {
  const text = TEXT[locale.name];

  test.describe(`${locale.name}: the controller simulator`, () => {
    test('plays a scale-down from 5 to 3: web-4 goes before web-3, and their claims stay', async ({
      page,
    }) => {
      // Play shows one step every 600 ms on purpose, on top of Monaco's load.
      test.slow();
      const simulator = await openSimulator(
        page,
        `${locale.base}docs/scaling`,
        'scaling-simulator',
        locale.name,
      );

      // 1. The YAML asks for 5 replicas: the simulator starts with 5 Pods.
      await setField(simulator, 'replicas', 5);
      await expect(simulator.pod('web-4')).toBeVisible();

      // 2. Scale to 3 and play.
      await simulator.root.getByLabel('replicas', {exact: true}).fill('3');
      await simulator.button(text.scale).click();
      await simulator.playToEnd();

      // 3. The log: web-4 terminated before web-3, in the page's language.
      expect(await simulator.podsInLog('terminating')).toEqual(['web-4', 'web-3']);
      expect(await simulator.podsInLog('terminated')).toEqual(['web-4', 'web-3']);
      const reason = await simulator.log
        .locator('li[data-kind="terminating"]')
        .first()
        .innerText();
      expect(locale.isInLanguage(reason), reason).toBe(true);

      // 4. The cards: three Pods left, both claims kept under Retain.
      await expect(simulator.pod('web-4')).toHaveCount(0);
      await expect(simulator.pod('web-3')).toHaveCount(0);
      await expect(simulator.pod('web-2')).toBeVisible();
      for (const claim of ['www-web-3', 'www-web-4']) {
        await expect(simulator.claim(claim)).toContainText(text.kept);
      }
      await expect(simulator.log.locator('li[data-kind="claimKept"]')).toHaveCount(2);
    });

    test('plays a partitioned update: with partition 2 on 5 replicas only web-4, web-3 and web-2 are updated, in that order', async ({
      page,
    }) => {
      // With reduced motion, Play runs to the end at once: that path too.
      await page.emulateMedia({reducedMotion: 'reduce'});
      const simulator = await openSimulator(
        page,
        `${locale.base}docs/update-strategies`,
        'update-simulator',
        locale.name,
      );

      // 1. The partition comes from the reader's YAML.
      await setField(simulator, 'partition', 2);

      // 2. Change the template and play.
      await simulator.button(text.update).click();
      await simulator.playToEnd();

      // 3. Replaced from the highest ordinal down to the partition.
      expect(await simulator.podsInLog('terminating')).toEqual([
        'web-4',
        'web-3',
        'web-2',
      ]);
      expect(await simulator.podsInLog('created')).toEqual(['web-4', 'web-3', 'web-2']);

      // 4. The cards: new revision above the partition, old below it.
      for (const name of ['web-4', 'web-3', 'web-2']) {
        await expect(simulator.pod(name)).toContainText(text.revision(2));
      }
      for (const name of ['web-1', 'web-0']) {
        await expect(simulator.pod(name)).toContainText(text.revision(1));
      }
    });
  });
}
