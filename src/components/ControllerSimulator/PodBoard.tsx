import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {SimClaim, SimPod, Simulation} from '@site/src/simulator';
import {claimStateLabel, phaseLabel, revisionLabel} from './labels';

import styles from './styles.module.css';

/** The Pods as cards, each with its claims; claims without a Pod below. */
export default function PodBoard({
  simulation,
}: {
  simulation: Simulation;
}): ReactNode {
  const {pods, claims} = simulation;
  const podOrdinals = new Set(pods.map((pod) => pod.ordinal));
  const orphans = claims.filter((claim) => !podOrdinals.has(claim.ordinal));

  return (
    <div className={styles.board}>
      <h4 className={styles.boardHeading}>
        {translate(
          {
            id: 'simulator.pods.heading',
            message: 'Pod（{count}）',
            description: 'Heading of the simulated Pods, with how many there are',
          },
          {count: pods.length},
        )}
      </h4>
      {pods.length === 0 ? (
        <p className={styles.empty}>
          {translate({
            id: 'simulator.pods.none',
            message: '目前沒有 Pod。',
            description: 'Shown when the simulated StatefulSet has no Pods',
          })}
        </p>
      ) : (
        <ul className={styles.pods}>
          {pods.map((pod) => (
            <PodCard
              key={pod.ordinal}
              pod={pod}
              claims={claims.filter((claim) => claim.ordinal === pod.ordinal)}
              isNeverReady={simulation.neverReady.includes(pod.ordinal)}
              isNewRevision={pod.revision !== simulation.currentRevision}
            />
          ))}
        </ul>
      )}
      {orphans.length > 0 && (
        <>
          <h4 className={styles.boardHeading}>
            {translate({
              id: 'simulator.claims.orphans',
              message: '沒有 Pod 的 PVC',
              description: 'Heading of simulated PVCs whose Pod is gone',
            })}
          </h4>
          <ul className={styles.orphans}>
            {orphans.map((claim) => (
              <ClaimItem key={claim.name} claim={claim} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PodCard({
  pod,
  claims,
  isNeverReady,
  isNewRevision,
}: {
  pod: SimPod;
  claims: SimClaim[];
  isNeverReady: boolean;
  isNewRevision: boolean;
}): ReactNode {
  return (
    <li
      className={clsx(styles.pod, styles[`phase-${pod.phase}`])}
      data-pod={pod.name}
      data-phase={pod.phase}
      data-revision={pod.revision}>
      <span className={styles.podName}>{pod.name}</span>
      <span className={clsx(styles.revision, isNewRevision && styles.revisionNew)}>
        {revisionLabel(pod.revision)}
      </span>
      <span className={styles.phase}>
        <span className={styles.dot} aria-hidden="true" />
        {phaseLabel(pod.phase)}
      </span>
      {isNeverReady && (
        <span className={styles.marked}>
          {translate({
            id: 'simulator.pod.neverReady',
            message: '已標記：永遠不會 Ready',
            description: 'On a simulated Pod the reader marked as never becoming Ready',
          })}
        </span>
      )}
      {claims.length > 0 && (
        <ul className={styles.podClaims}>
          {claims.map((claim) => (
            <ClaimItem key={claim.name} claim={claim} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ClaimItem({claim}: {claim: SimClaim}): ReactNode {
  return (
    <li
      className={clsx(styles.claim, styles[`claim-${claim.state}`])}
      data-claim={claim.name}
      data-state={claim.state}>
      <code>{claim.name}</code> <span>{claimStateLabel(claim.state)}</span>
    </li>
  );
}
