import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {
  POD_INDEX_LABEL,
  POD_NAME_LABEL,
  type StatefulSetPreview,
} from '@site/src/preview';
import PreviewTable, {NoValue} from './PreviewTable';

import styles from './styles.module.css';

/** Each Pod: ordinal, name, hostname and DNS name. */
export default function PodTable({
  statefulSet,
  isUnreliable,
}: {
  statefulSet: StatefulSetPreview;
  isUnreliable: boolean;
}): ReactNode {
  const {pods, podCount, replicas, ordinalStart, name} = statefulSet;
  // Unreadable fields: the notices above say why nothing is listed.
  if (pods.length === 0 && replicas !== 0) return null;
  if (pods.length === 0) {
    return (
      <p className={styles.empty} data-testid="preview-no-pods">
        <Translate
          id="preview.pods.none"
          description="Live preview: spec.replicas is 0"
          values={{field: <code>spec.replicas: 0</code>}}>
          {'{field}：沒有 Pod，也沒有新的 PVC。'}
        </Translate>
      </p>
    );
  }

  const more = podCount - pods.length;
  const lastName = `${name}-${(ordinalStart ?? 0) + podCount - 1}`;
  return (
    <>
      <PreviewTable
        testId="preview-pods"
        isUnreliable={isUnreliable}
        caption={
          <Translate
            id="preview.pods.caption"
            description="Caption of the live preview's table of Pods"
            values={{count: podCount}}>
            {'Pod（{count} 個）'}
          </Translate>
        }>
        <thead>
          <tr>
            <th scope="col" className={styles.number}>
              <Translate id="preview.pods.ordinal" description="Column header: the Pod's ordinal">
                {'序號'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.pods.name" description="Column header: the Pod's name">
                {'Pod 名稱'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.pods.hostname" description="Column header: the Pod's hostname">
                {'主機名稱'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.pods.dnsName" description="Column header: the Pod's DNS name">
                {'DNS 名稱'}
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {pods.map((pod) => (
            <tr key={pod.ordinal} data-pod={pod.name}>
              <td className={styles.number}>{pod.ordinal}</td>
              <th scope="row">
                <code>{pod.name}</code>
              </th>
              <td>
                <code>{pod.hostname}</code>
              </td>
              <td>
                {pod.dnsName === undefined ? (
                  <NoValue />
                ) : (
                  <code>{pod.dnsName}</code>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        {more > 0 && (
          <tfoot>
            <tr>
              <td colSpan={4} data-testid="preview-pods-more">
                <MoreRow more={more} last={lastName} />
              </td>
            </tr>
          </tfoot>
        )}
      </PreviewTable>
      <p className={styles.note}>
        <Translate
          id="preview.pods.labels"
          description="Live preview: the labels the StatefulSet controller adds to each Pod"
          values={{
            nameLabel: <code>{POD_NAME_LABEL}</code>,
            indexLabel: <code>{POD_INDEX_LABEL}</code>,
          }}>
          {'每個 Pod 還會帶有兩個標籤：{nameLabel}（值是 Pod 名稱）和 {indexLabel}（值是序號）。'}
        </Translate>
      </p>
    </>
  );
}

/** The footer of a shortened table: how many rows are left out. */
export function MoreRow({more, last}: {more: number; last: string}): ReactNode {
  return (
    <Translate
      id="preview.more"
      description="Footer of a shortened table of the live preview"
      values={{more, last: <code>{last}</code>}}>
      {'……還有 {more} 個，一直到 {last}'}
    </Translate>
  );
}
