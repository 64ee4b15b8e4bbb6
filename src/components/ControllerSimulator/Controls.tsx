import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {
  MAX_REPLICAS,
  type PodManagementPolicy,
  type SimAction,
  type Simulation,
} from '@site/src/simulator';
import {withCode} from './withCode';

import styles from './styles.module.css';

interface Props {
  simulation: Simulation;
  policy: PodManagementPolicy;
  onAction: (action: SimAction) => void;
  onPolicy: (policy: PodManagementPolicy) => void;
}

const POLICIES: PodManagementPolicy[] = ['OrderedReady', 'Parallel'];

/** What the reader can do to the StatefulSet, as kubectl would. */
export default function Controls({
  simulation,
  policy,
  onAction,
  onPolicy,
}: Props): ReactNode {
  const id = useId();
  const {spec} = simulation;
  const [replicas, setReplicas] = useState(String(spec.replicas));
  const [partition, setPartition] = useState(String(spec.partition));
  const [isBroken, setIsBroken] = useState(false);
  const ordinals = selectableOrdinals(simulation);
  const [chosen, setChosen] = useState(
    String(spec.ordinalStart + Math.max(spec.replicas - 1, 0)),
  );
  const ordinal = ordinals.includes(Number(chosen))
    ? Number(chosen)
    : (ordinals.at(-1) ?? spec.ordinalStart);
  const isMarked = simulation.neverReady.includes(ordinal);
  const hasPod = simulation.pods.some((pod) => pod.ordinal === ordinal);
  const isGone = simulation.isSetDeleted;
  const isOnDelete = spec.updateStrategy === 'OnDelete';
  const isUpdating = simulation.updateRevision !== simulation.currentRevision;
  const text = controlTexts();

  return (
    <div className={styles.controls}>
      <Group label={text.scale}>
        <label className={styles.field} htmlFor={`${id}-replicas`}>
          <code>replicas</code>
          <input
            id={`${id}-replicas`}
            type="number"
            min={0}
            max={MAX_REPLICAS}
            value={replicas}
            disabled={isGone}
            onChange={(event) => setReplicas(event.target.value)}
          />
        </label>
        <Button
          disabled={isGone || !isCount(replicas, MAX_REPLICAS)}
          onClick={() => onAction({type: 'scale', replicas: Number(replicas)})}>
          {text.scaleButton}
        </Button>
      </Group>

      <Group label={text.template}>
        <Button
          disabled={isGone}
          onClick={() => onAction({type: 'rollingUpdate', isBroken})}>
          {text.update}
        </Button>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={isBroken}
            disabled={isGone}
            onChange={(event) => setIsBroken(event.target.checked)}
          />
          {text.broken}
        </label>
        <Button
          disabled={isGone || !isUpdating}
          onClick={() => onAction({type: 'rollBack'})}>
          {text.rollBack}
        </Button>
      </Group>

      <Group label={text.partition}>
        <label className={styles.field} htmlFor={`${id}-partition`}>
          <code>partition</code>
          <input
            id={`${id}-partition`}
            type="number"
            min={0}
            value={partition}
            disabled={isGone || isOnDelete}
            onChange={(event) => setPartition(event.target.value)}
          />
        </label>
        <Button
          disabled={isGone || isOnDelete || !isCount(partition)}
          onClick={() =>
            onAction({type: 'setPartition', partition: Number(partition)})
          }>
          {text.partitionButton}
        </Button>
        {isOnDelete && (
          <span className={styles.fieldNote}>
            {withCode(text.partitionOnDelete)}
          </span>
        )}
      </Group>

      <Group label={text.pod}>
        <label className={styles.field} htmlFor={`${id}-pod`}>
          {text.podSelect}
          <select
            id={`${id}-pod`}
            value={String(ordinal)}
            disabled={isGone}
            onChange={(event) => setChosen(event.target.value)}>
            {ordinals.map((item) => (
              <option key={item} value={item}>{`${spec.name}-${item}`}</option>
            ))}
          </select>
        </label>
        <Button
          disabled={isGone}
          onClick={() =>
            onAction({type: 'setNeverReady', ordinal, isNeverReady: !isMarked})
          }>
          {isMarked
            ? text.fix
            : text.markNeverReady}
        </Button>
        <Button
          disabled={isGone || !hasPod}
          onClick={() => onAction({type: 'deletePod', ordinal})}>
          {text.deletePod}
        </Button>
      </Group>

      <Group label={text.policy}>
        {POLICIES.map((item) => (
          <Button
            key={item}
            isPressed={item === policy}
            onClick={() => onPolicy(item)}>
            {item}
          </Button>
        ))}
      </Group>

      <Group label="StatefulSet">
        <Button
          variant="danger"
          disabled={isGone}
          onClick={() => onAction({type: 'deleteStatefulSet'})}>
          {text.deleteSet}
        </Button>
      </Group>
    </div>
  );
}

function Group({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <span id={id} className={styles.groupLabel}>
        {label}
      </span>
      <div className={styles.groupBody}>{children}</div>
    </div>
  );
}

export function Button({
  children,
  onClick,
  disabled,
  isPressed,
  variant = 'secondary',
}: {
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  isPressed?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
}): ReactNode {
  return (
    <button
      type="button"
      className={clsx(
        'button button--sm',
        isPressed ? 'button--primary' : `button--${variant}`,
        variant !== 'primary' && !isPressed && 'button--outline',
        styles.button,
      )}
      aria-pressed={isPressed}
      disabled={disabled}
      onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * The ordinals the Pod picker offers: every Pod that exists, every ordinal in
 * range, and two above it, so a Pod can be marked before a scale-up creates it.
 */
function selectableOrdinals(simulation: Simulation): number[] {
  const {spec} = simulation;
  const highest = Math.max(
    spec.ordinalStart + spec.replicas + 1,
    ...simulation.pods.map((pod) => pod.ordinal),
  );
  const last = Math.min(highest, spec.ordinalStart + MAX_REPLICAS - 1);
  const ordinals: number[] = [];
  for (let ordinal = spec.ordinalStart; ordinal <= last; ordinal++) {
    ordinals.push(ordinal);
  }
  return ordinals;
}

function isCount(text: string, max = Number.MAX_SAFE_INTEGER): boolean {
  return /^\d+$/.test(text) && Number(text) <= max;
}

/** The controls' labels, in the page's language. */
function controlTexts() {
  return {
    scale: translate({
      id: 'simulator.controls.scale',
      message: '擴展與縮減',
      description: 'Group of the scale controls',
    }),
    scaleButton: translate({
      id: 'simulator.controls.scaleButton',
      message: '調整副本數',
      description: 'Button that scales the simulated StatefulSet',
    }),
    template: translate({
      id: 'simulator.controls.template',
      message: 'Pod 範本',
      description: 'Group of the template (rolling update) controls',
    }),
    update: translate({
      id: 'simulator.controls.update',
      message: '修改範本（新版本）',
      description: 'Button that changes the Pod template, starting a rolling update',
    }),
    broken: translate({
      id: 'simulator.controls.broken',
      message: '新版本是壞的（永遠不會 Ready）',
      description: 'Checkbox: the new template revision never becomes Ready',
    }),
    rollBack: translate({
      id: 'simulator.controls.rollBack',
      message: '退回上一版範本',
      description: 'Button that rolls the Pod template back',
    }),
    partition: translate({
      id: 'simulator.controls.partition',
      message: '分區（partition）',
      description: 'Group of the partition controls',
    }),
    partitionButton: translate({
      id: 'simulator.controls.partitionButton',
      message: '設定 partition',
      description: 'Button that sets the rolling update partition',
    }),
    partitionOnDelete: translate({
      id: 'simulator.controls.partitionOnDelete',
      message: '`OnDelete` 沒有 partition。',
      description: 'Why the partition controls are disabled',
    }),
    pod: translate({
      id: 'simulator.controls.pod',
      message: '單一 Pod',
      description: 'Group of the controls acting on one Pod',
    }),
    podSelect: translate({
      id: 'simulator.controls.podSelect',
      message: 'Pod',
      description: 'Label of the Pod picker',
    }),
    fix: translate({
      id: 'simulator.controls.fix',
      message: '修好它',
      description: 'Button that lets a Pod marked as never Ready become Ready again',
    }),
    markNeverReady: translate({
      id: 'simulator.controls.markNeverReady',
      message: '讓它永遠不會 Ready',
      description: 'Button that makes a Pod fail its readiness probe for good',
    }),
    deletePod: translate({
      id: 'simulator.controls.deletePod',
      message: '刪除這個 Pod',
      description: 'Button that deletes one Pod by hand',
    }),
    policy: translate({
      id: 'simulator.controls.policy',
      message: 'podManagementPolicy',
      description: 'Group of the Pod management policy switch',
    }),
    deleteSet: translate({
      id: 'simulator.controls.deleteSet',
      message: '刪除 StatefulSet',
      description: 'Button that deletes the simulated StatefulSet',
    }),
  };
}
