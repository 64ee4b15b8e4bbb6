/**
 * The live preview: what the cluster would hold for the reader's manifest,
 * recomputed from every check. Rendered by the editor under its problem list
 * (in the editor's lazy chunk), and usable on its own.
 */
import {memo, useMemo, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {CheckResult} from '@site/src/checker';
import {
  CLUSTER_DOMAIN,
  derivePreview,
  type PreviewNotice,
  type StatefulSetPreview,
} from '@site/src/preview';
import ClaimTable from './ClaimTable';
import NoticeList, {NoticeText} from './NoticeList';
import PodTable from './PodTable';

import styles from './styles.module.css';

/**
 * StatefulSets drawn in full. A 1 MB upload can hold hundreds, and tens of
 * thousands of table cells redrawn on every check would stall typing.
 */
const MAX_STATEFULSETS_SHOWN = 10;

export interface ClusterPreviewProps {
  /** The checker's verdict on the reader's text. */
  result: CheckResult;
  /** Wraps the preview in a `<details>`, open at first. Default true. */
  collapsible?: boolean;
}

function ClusterPreview({
  result,
  collapsible = true,
}: ClusterPreviewProps): ReactNode {
  // `result` is a new object after every check, and only then.
  const preview = useMemo(() => derivePreview(result), [result]);
  const title = translate({
    id: 'preview.title',
    message: '叢集裡會有什麼',
    description: 'Title of the live preview of Pods, DNS names and claims',
  });

  const body = (
    <div className={styles.body}>
      {preview.blocked ? (
        <p className={styles.blocked} data-testid="preview-blocked">
          <NoticeText notice={preview.blocked} />
        </p>
      ) : (
        <>
          <NoticeList notices={preview.notices} />
          {preview.statefulSets
            .slice(0, MAX_STATEFULSETS_SHOWN)
            .map((statefulSet) => (
              <StatefulSetView
                key={`${statefulSet.documentIndex}|${statefulSet.line}`}
                statefulSet={statefulSet}
              />
            ))}
          {preview.statefulSets.length > MAX_STATEFULSETS_SHOWN && (
            <p className={styles.footnote} data-testid="preview-more">
              {translate(
                {
                  id: 'preview.moreStatefulSets',
                  message:
                    '還有 {count} 個 StatefulSet 沒有列出：這裡只畫出前 {shown} 個。',
                  description:
                    'Under the live preview when the text has more StatefulSets than it draws',
                },
                {
                  count: preview.statefulSets.length - MAX_STATEFULSETS_SHOWN,
                  shown: MAX_STATEFULSETS_SHOWN,
                },
              )}
            </p>
          )}
          <p className={styles.footnote}>
            <Translate
              id="preview.clusterDomain"
              description="Footnote of the live preview on the cluster domain"
              values={{domain: <code>{CLUSTER_DOMAIN}</code>}}>
              {
                'DNS 名稱假設叢集網域是 {domain}，這是常見的預設值，但叢集也可以設定成別的網域。Headless Service 要等 Pod Ready 之後，才會發布它的 DNS 紀錄。'
              }
            </Translate>
          </p>
        </>
      )}
    </div>
  );

  return (
    <section
      className={styles.preview}
      aria-label={title}
      data-testid="cluster-preview">
      {collapsible ? (
        <details open className={styles.details}>
          <summary className={styles.summary}>{title}</summary>
          {body}
        </details>
      ) : (
        <>
          <p className={styles.summary}>{title}</p>
          {body}
        </>
      )}
    </section>
  );
}

export default memo(ClusterPreview);

function StatefulSetView({
  statefulSet,
}: {
  statefulSet: StatefulSetPreview;
}): ReactNode {
  const {name, namespace, service, notices} = statefulSet;
  const label =
    name ??
    translate({
      id: 'preview.statefulSet.unnamed',
      message: '（沒有名稱）',
      description: 'Stands for the name of a StatefulSet without metadata.name',
    });

  return (
    <div
      className={styles.statefulSet}
      data-testid="preview-statefulset"
      data-name={name}>
      <p className={styles.heading}>
        <Translate
          id="preview.statefulSet.heading"
          description="Names the StatefulSet a part of the live preview is about"
          values={{
            name: <code>{label}</code>,
            namespace: <code>{namespace}</code>,
          }}>
          {'StatefulSet {name}（命名空間 {namespace}）'}
        </Translate>
      </p>
      <NoticeList notices={notices} />
      {service.domain !== undefined && (
        <p className={styles.domain} data-testid="preview-service-domain">
          <Translate
            id="preview.service.domain"
            description="The governing Service's DNS domain in the live preview"
            values={{
              service: <code>{service.name}</code>,
              domain: <code>{service.domain}</code>,
            }}>
            {'Service {service} 的網域：{domain}'}
          </Translate>
        </p>
      )}
      <PodTable
        statefulSet={statefulSet}
        isUnreliable={isUnreliable(notices, ['statefulSet', 'pods', 'dns'])}
      />
      <ClaimTable
        statefulSet={statefulSet}
        isUnreliable={isUnreliable(notices, ['statefulSet', 'pods', 'claims'])}
      />
    </div>
  );
}

// A rejected StatefulSet still has these names once fixed; only an error in
// a field the names come from makes them doubtful.
function isUnreliable(
  notices: readonly PreviewNotice[],
  parts: ReadonlyArray<PreviewNotice['part']>,
): boolean {
  return notices.some(
    (notice) =>
      notice.effect === 'unreliable' &&
      notice.id !== 'statefulSetRejected' &&
      parts.includes(notice.part),
  );
}
