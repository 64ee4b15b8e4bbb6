import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {StatefulSetPreview, StorageClassChoice} from '@site/src/preview';
import {MoreRow} from './PodTable';
import PreviewTable, {NoValue} from './PreviewTable';

import styles from './styles.module.css';

/** Each PersistentVolumeClaim: name, Pod, size, access modes, class. */
export default function ClaimTable({
  statefulSet,
  isUnreliable,
}: {
  statefulSet: StatefulSetPreview;
  isUnreliable: boolean;
}): ReactNode {
  const {claims, claimCount, claimTemplates, pods, podCount, name} = statefulSet;
  if (pods.length === 0) return null;
  if (claimTemplates.length === 0) {
    return (
      <p className={styles.empty} data-testid="preview-no-claims">
        <Translate
          id="preview.claims.none"
          description="Live preview: the StatefulSet has no volumeClaimTemplates"
          values={{field: <code>volumeClaimTemplates</code>}}>
          {'沒有 {field}：Pod 沒有屬於自己的 PVC。'}
        </Translate>
      </p>
    );
  }

  const more = claimCount - claims.length;
  const lastTemplate = claimTemplates[claimTemplates.length - 1];
  const lastPod = `${name}-${(statefulSet.ordinalStart ?? 0) + podCount - 1}`;
  return (
    <>
      <PreviewTable
        testId="preview-claims"
        isUnreliable={isUnreliable}
        caption={
          <Translate
            id="preview.claims.caption"
            description="Caption of the live preview's table of PersistentVolumeClaims"
            values={{count: claimCount}}>
            {'PersistentVolumeClaim（{count} 個）'}
          </Translate>
        }>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="preview.claims.name" description="Column header: the claim's name">
                {'PVC 名稱'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.claims.pod" description="Column header: the Pod that mounts the claim">
                {'Pod'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.claims.size" description="Column header: the claim's requested storage">
                {'容量'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.claims.accessModes" description="Column header: the claim's access modes">
                {'存取模式'}
              </Translate>
            </th>
            <th scope="col">
              <Translate id="preview.claims.storageClass" description="Column header: the claim's StorageClass">
                {'StorageClass'}
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.name} data-claim={claim.name}>
              <th scope="row">
                <code>{claim.name}</code>
              </th>
              <td>
                <code>{claim.pod}</code>
              </td>
              <td>
                {claim.template.size === undefined ? (
                  <NoValue />
                ) : (
                  <code>{claim.template.size}</code>
                )}
              </td>
              <td>
                {claim.template.accessModes.length === 0 ? (
                  <NoValue />
                ) : (
                  claim.template.accessModes.map((mode, index) => (
                    <span key={index} className={styles.listItem}>
                      <code>{mode}</code>
                    </span>
                  ))
                )}
              </td>
              <td>
                <StorageClassText choice={claim.template.storageClass} />
              </td>
            </tr>
          ))}
        </tbody>
        {more > 0 && (
          <tfoot>
            <tr>
              <td colSpan={5} data-testid="preview-claims-more">
                <MoreRow more={more} last={`${lastTemplate.name}-${lastPod}`} />
              </td>
            </tr>
          </tfoot>
        )}
      </PreviewTable>
      <StorageClassNotes templates={claimTemplates} />
    </>
  );
}

function StorageClassText({choice}: {choice: StorageClassChoice}): ReactNode {
  switch (choice.kind) {
    case 'named':
      return <code>{choice.name}</code>;
    case 'none':
      return (
        <Translate
          id="preview.claims.classNone"
          description="Live preview cell: storageClassName is the empty string"
          values={{empty: <code>""</code>}}>
          {'{empty}（不使用類別）'}
        </Translate>
      );
    case 'default':
      return (
        <NoValue>
          <Translate
            id="preview.claims.classDefault"
            description="Live preview cell: no storageClassName, so the cluster's default StorageClass applies">
            {'（叢集預設）'}
          </Translate>
        </NoValue>
      );
  }
}

/** What the short class cells mean, for the kinds the table uses. */
function StorageClassNotes({
  templates,
}: {
  templates: StatefulSetPreview['claimTemplates'];
}): ReactNode {
  const kinds = new Set(templates.map((t) => t.storageClass.kind));
  if (!kinds.has('none') && !kinds.has('default')) return null;
  return (
    <>
      {kinds.has('none') && (
        <p className={styles.note}>
          <Translate
            id="preview.claims.classNoneNote"
            description="Live preview: what an empty storageClassName means"
            values={{field: <code>storageClassName: ""</code>}}>
            {'{field} 表示不使用 StorageClass：PVC 只會綁定事先建立、沒有類別的 PersistentVolume。'}
          </Translate>
        </p>
      )}
      {kinds.has('default') && (
        <p className={styles.note}>
          <Translate
            id="preview.claims.classDefaultNote"
            description="Live preview: what a missing storageClassName means"
            values={{field: <code>storageClassName</code>}}>
            {'沒有寫 {field} 時，由叢集的預設 StorageClass 佈建（如果叢集有設定預設值）。'}
          </Translate>
        </p>
      )}
    </>
  );
}
