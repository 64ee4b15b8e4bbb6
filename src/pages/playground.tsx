import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Playground from '@site/src/components/Playground';

import styles from './playground.module.css';

export default function PlaygroundPage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'playground.meta.title',
        message: '練習場',
        description: 'Title of the playground page',
      })}
      description={translate({
        id: 'playground.meta.description',
        message:
          '在瀏覽器裡編輯任何 StatefulSet manifest：即時檢查、叢集預覽與控制器模擬器，可以開啟檔案、下載，也能用連結分享。',
        description: 'Meta description of the playground page',
      })}>
      <main className={styles.page}>
        <Heading as="h1" className={styles.title}>
          <Translate id="playground.title" description="Heading of the playground page">
            練習場
          </Translate>
        </Heading>
        <p className={styles.intro}>
          <Translate id="playground.intro" description="Under the playground's heading">
            貼上或載入一份 manifest，邊改邊看檢查結果、叢集裡會有什麼，再用模擬器一步步執行。內容只存在這個瀏覽器裡；分享連結把內容壓縮放在網址的 # 後面，瀏覽器不會把這部分傳給任何伺服器。
          </Translate>
        </p>
        <Playground />
      </main>
    </Layout>
  );
}
