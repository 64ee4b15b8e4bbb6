import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type {PreviewNotice} from '@site/src/preview';

import styles from './styles.module.css';

/**
 * What the preview cannot show, or may show wrongly, and why. Counts that a
 * table's footer shows (podsTruncated) are left to the table.
 */
export default function NoticeList({
  notices,
}: {
  notices: readonly PreviewNotice[];
}): ReactNode {
  const listed = notices.filter((notice) => notice.id !== 'podsTruncated');
  if (listed.length === 0) return null;
  return (
    <ul className={styles.notices}>
      {listed.map((notice, index) => (
        <li
          key={`${notice.id}|${notice.part ?? ''}|${index}`}
          className={clsx(styles.notice, styles[notice.effect])}
          data-notice={notice.id}>
          <NoticeText notice={notice} />
        </li>
      ))}
    </ul>
  );
}

/** One notice in the reader's language, the values from the text as code. */
export function NoticeText({notice}: {notice: PreviewNotice}): ReactNode {
  const data = notice.data ?? {};
  const code = (name: string) => <code>{String(data[name] ?? '')}</code>;
  const number = (name: string) => String(data[name] ?? '');

  switch (notice.id) {
    case 'yamlUnreadable':
      return (
        <Translate
          id="preview.blocked.yamlUnreadable"
          description="Live preview: nothing shown because the YAML has a syntax error"
          values={{line: number('line')}}>
          {'無法預覽：從第 {line} 行起的 YAML 無法解析，看不出叢集裡會有什麼。修正上面列出的語法錯誤後，預覽就會回來。'}
        </Translate>
      );
    case 'notManifest':
      return (
        <Translate
          id="preview.blocked.notManifest"
          description="Live preview: nothing shown because the text is empty or not a manifest">
          {'無法預覽：這段內容不是 Kubernetes manifest。'}
        </Translate>
      );
    case 'noStatefulSet':
      return (
        <Translate
          id="preview.blocked.noStatefulSet"
          description="Live preview: nothing shown because the text has no StatefulSet">
          {'無法預覽：這段內容裡沒有 StatefulSet，所以沒有它的 Pod 和 PVC 可以列出。'}
        </Translate>
      );
    case 'documentsUnreadable':
      return (
        <Translate
          id="preview.notice.documentsUnreadable"
          description="Live preview: some YAML documents could not be parsed"
          values={{count: number('count'), line: number('line')}}>
          {'有 {count} 份文件無法解析（第一處在第 {line} 行），預覽沒有包含它們；用到它們的內容可能不正確。'}
        </Translate>
      );
    case 'statefulSetRejected':
      return (
        <Translate
          id="preview.notice.statefulSetRejected"
          description="Live preview: the StatefulSet has errors, so the API server would reject it"
          values={{count: number('count'), line: number('line')}}>
          {'API 伺服器會拒絕這個 StatefulSet（{count} 個錯誤，第一個在第 {line} 行）：修正之前，下面列出的東西一個也不會建立。'}
        </Translate>
      );
    case 'fieldHasErrors':
      return (
        <Translate
          id="preview.notice.fieldHasErrors"
          description="Live preview: a field the shown names come from has an error"
          values={{path: code('path'), line: number('line')}}>
          {'{path}（第 {line} 行）有錯誤：由它算出的名稱和數量可能不正確。'}
        </Translate>
      );
    case 'nameMissing':
      return (
        <Translate
          id="preview.notice.nameMissing"
          description="Live preview: the StatefulSet has no metadata.name"
          values={{field: <code>metadata.name</code>}}>
          {'沒有 {field}，Pod 和 PVC 無從命名，所以不列出。'}
        </Translate>
      );
    case 'replicasUnreadable':
      return (
        <Translate
          id="preview.notice.replicasUnreadable"
          description="Live preview: spec.replicas is not a whole number of 0 or more"
          values={{field: <code>spec.replicas</code>}}>
          {'讀不出 {field}（它必須是 0 以上的整數），所以不列出 Pod。'}
        </Translate>
      );
    case 'ordinalsStartUnreadable':
      return (
        <Translate
          id="preview.notice.ordinalsStartUnreadable"
          description="Live preview: spec.ordinals.start is not a whole number of 0 or more"
          values={{field: <code>spec.ordinals.start</code>}}>
          {'讀不出 {field}（它必須是 0 以上的整數），無從得知 Pod 的序號，所以不列出 Pod。'}
        </Translate>
      );
    case 'podsTruncated':
      return (
        <Translate
          id="preview.notice.podsTruncated"
          description="Live preview: only the first Pods of many are listed"
          values={{shown: number('shown'), count: number('count')}}>
          {'只列出 {count} 個 Pod 中的前 {shown} 個。'}
        </Translate>
      );
    case 'serviceNameUnset':
      return (
        <Translate
          id="preview.notice.serviceNameUnset"
          description="Live preview: spec.serviceName is not set, so no per-Pod DNS names"
          values={{field: <code>spec.serviceName</code>}}>
          {'沒有設定 {field}：Pod 不會有個別的 DNS 名稱。'}
        </Translate>
      );
    case 'serviceMissing':
      return (
        <Translate
          id="preview.notice.serviceMissing"
          description="Live preview: the Service named by serviceName is not in the text"
          values={{service: code('service'), namespace: code('namespace')}}>
          {'這段內容裡沒有命名空間 {namespace} 中的 Service {service}。除非它已經在叢集裡（例如從另一個檔案套用），否則 Pod 不會有 DNS 名稱，所以這裡不列出。'}
        </Translate>
      );
    case 'serviceMaybeUnreadable':
      return (
        <Translate
          id="preview.notice.serviceMaybeUnreadable"
          description="Live preview: the Service may be in a document that cannot be parsed"
          values={{service: code('service')}}>
          {'找不到 Service {service}，它可能在無法解析的文件裡：修正語法錯誤之前，無法得知 Pod 的 DNS 名稱。'}
        </Translate>
      );
    case 'serviceNotHeadless':
      return (
        <Translate
          id="preview.notice.serviceNotHeadless"
          description="Live preview: the governing Service is not headless"
          values={{service: code('service'), clusterIP: <code>clusterIP: None</code>}}>
          {'Service {service} 不是 Headless Service（沒有 {clusterIP}）：它只有一個共用的虛擬 IP，Pod 不會有個別的 DNS 名稱。'}
        </Translate>
      );
    case 'serviceRejected':
      return (
        <Translate
          id="preview.notice.serviceRejected"
          description="Live preview: the governing Service has errors"
          values={{
            service: code('service'),
            count: number('count'),
            line: number('line'),
          }}>
          {'API 伺服器會拒絕 Service {service}（{count} 個錯誤，第一個在第 {line} 行）：修正之前，Pod 的 DNS 名稱不會出現。'}
        </Translate>
      );
    case 'claimTemplateUnnamed':
      return (
        <Translate
          id="preview.notice.claimTemplateUnnamed"
          description="Live preview: a claim template without metadata.name"
          values={{
            field: <code>{`spec.volumeClaimTemplates[${number('index')}]`}</code>,
          }}>
          {'{field} 沒有名稱，它的 PVC 無從命名，所以不列出。'}
        </Translate>
      );
  }
}
