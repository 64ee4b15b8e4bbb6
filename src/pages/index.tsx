import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import styles from './index.module.css';

type Chapter = {to: string; title: ReactNode; summary: ReactNode};
type Part = {title: ReactNode; chapters: Chapter[]};
type Audience = {title: ReactNode; body: ReactNode};

// Paths without locale: Link adds the base URL of the current language.
const FIRST_CHAPTER = '/docs/why-pods-lose-state';
const EXAMPLE_CHAPTER = '/docs/example-walkthrough';
const PLAYGROUND = '/playground';
const TRACK = '/docs/track';
const TEAM_GUIDE = '/docs/team-onboarding';

const PART_ONE: Chapter[] = [
  {
    to: '/docs/why-pods-lose-state',
    title: (
      <Translate id="home.chapters.whyPodsLoseState.title">
        為什麼 Pod 會遺失狀態
      </Translate>
    ),
    summary: (
      <Translate id="home.chapters.whyPodsLoseState.summary">
        從一個 Redis 的例子，看揮發性儲存與持久性儲存的差別。
      </Translate>
    ),
  },
  {
    to: '/docs/when-to-use-statefulset',
    title: (
      <Translate id="home.chapters.whenToUse.title">
        什麼時候該用 StatefulSet
      </Translate>
    ),
    summary: (
      <Translate id="home.chapters.whenToUse.summary">
        四項保證，以及 StatefulSet 與 Deployment 的對照。
      </Translate>
    ),
  },
  {
    to: '/docs/limitations',
    title: (
      <Translate id="home.chapters.limitations.title">
        StatefulSet 的限制
      </Translate>
    ),
    summary: (
      <Translate id="home.chapters.limitations.summary">
        儲存的來源、保留的 volume、Headless Service 與卡住的滾動更新。
      </Translate>
    ),
  },
  {
    to: '/docs/example-walkthrough',
    title: (
      <Translate id="home.chapters.example.title">範例逐步解說</Translate>
    ),
    summary: (
      <Translate id="home.chapters.example.summary">
        逐欄位讀一份完整的 manifest，再用 kubectl 觀察叢集。
      </Translate>
    ),
  },
];

const PART_TWO: Chapter[] = [
  {
    to: '/docs/pod-identity',
    title: (
      <Translate id="home.chapters.podIdentity.title">Pod 的身分</Translate>
    ),
    summary: (
      <Translate id="home.chapters.podIdentity.summary">
        序號、主機名稱與 DNS 名稱、PVC 的命名，以及 Pod 的標籤。
      </Translate>
    ),
  },
  {
    to: '/docs/scaling',
    title: (
      <Translate id="home.chapters.scaling.title">有序的部署與擴展</Translate>
    ),
    summary: (
      <Translate id="home.chapters.scaling.summary">
        建立與終止的順序、不能設成 0 的寬限期、OrderedReady 與 Parallel。
      </Translate>
    ),
  },
  {
    to: '/docs/update-strategies',
    title: (
      <Translate id="home.chapters.updateStrategies.title">更新策略</Translate>
    ),
    summary: (
      <Translate id="home.chapters.updateStrategies.summary">
        滾動更新、partition 分段上線、OnDelete、強制回復與修訂歷史。
      </Translate>
    ),
  },
  {
    to: '/docs/pvc-retention',
    title: (
      <Translate id="home.chapters.pvcRetention.title">PVC 的保留策略</Translate>
    ),
    summary: (
      <Translate id="home.chapters.pvcRetention.summary">
        刪除或縮減時，PVC 要留還是要刪：whenDeleted 與 whenScaled。
      </Translate>
    ),
  },
  {
    to: '/docs/frozen-fields',
    title: (
      <Translate id="home.chapters.frozenFields.title">
        建立後就不能改的欄位
      </Translate>
    ),
    summary: (
      <Translate id="home.chapters.frozenFields.summary">
        在編輯器裡把 1Gi 改成 2Gi，看 API 伺服器怎麼拒絕，再學正確的做法。
      </Translate>
    ),
  },
];

const PARTS: Part[] = [
  {
    title: (
      <Translate id="home.parts.one.title">第一部分：認識 StatefulSet</Translate>
    ),
    chapters: PART_ONE,
  },
  {
    title: (
      <Translate id="home.parts.two.title">
        第二部分：身分、順序與更新
      </Translate>
    ),
    chapters: PART_TWO,
  },
];

const AUDIENCES: Audience[] = [
  {
    title: <Translate id="home.audience.read.title">線上閱讀</Translate>,
    body: (
      <Translate id="home.audience.read.body">
        短章節分成兩個部分：先從問題講到完整的範例，再深入身分、擴展與更新。每章結尾都指向下一章。
      </Translate>
    ),
  },
  {
    title: <Translate id="home.audience.practice.title">動手練習</Translate>,
    body: (
      <Translate id="home.audience.practice.body">
        範例 manifest 可以直接在頁面上修改：改壞它、看哪裡出錯、再修好。想在自己的叢集上試，範例與第二部分的章節也附上 kubectl 指令。
      </Translate>
    ),
  },
  {
    title: <Translate id="home.audience.team.title">帶團隊上手</Translate>,
    body: (
      <Translate
        id="home.audience.team.body"
        values={{
          track: (
            <Link to={TRACK}>
              <Translate id="home.audience.team.trackLink">學習路徑</Translate>
            </Link>
          ),
          guide: (
            <Link to={TEAM_GUIDE}>
              <Translate id="home.audience.team.guideLink">
                給團隊負責人的說明
              </Translate>
            </Link>
          ),
        }}>
        {
          '新成員從{track}開始：章節與練習排成一條路，完成度記在自己的瀏覽器裡，可以匯出給負責人。怎麼安排，請看{guide}。中文與英文版一一對應，切換語言時會停在同一頁。'
        }
      </Translate>
    ),
  },
];

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <p className={styles.kicker}>StatefulSet Lab</p>
        <Heading as="h1" className={styles.title}>
          <Translate id="home.hero.title">動手學 Kubernetes StatefulSet</Translate>
        </Heading>
        <p className={styles.lead}>
          <Translate id="home.hero.lead">
            為什麼 Pod 會遺失資料？StatefulSet 保證了什麼、又有哪些限制？從問題讀到一份可以修改的完整範例。
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link
            className="button button--primary button--lg"
            to={FIRST_CHAPTER}>
            <Translate id="home.hero.start">從第一章開始</Translate>
          </Link>
          <Link
            className="button button--secondary button--lg"
            to={EXAMPLE_CHAPTER}>
            <Translate id="home.hero.example">直接看範例</Translate>
          </Link>
          <Link
            className="button button--secondary button--lg"
            to={PLAYGROUND}>
            <Translate id="home.hero.playground">打開練習場</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

function Audiences(): ReactNode {
  return (
    <section className={styles.section}>
      <div className="container">
        <Heading as="h2">
          <Translate id="home.audience.heading">這個網站適合誰</Translate>
        </Heading>
        <div className={styles.cards}>
          {AUDIENCES.map((audience, index) => (
            <div key={index} className={styles.card}>
              <Heading as="h3">{audience.title}</Heading>
              <p>{audience.body}</p>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

function ReadingPath(): ReactNode {
  return (
    <section className={styles.section}>
      <div className="container">
        <Heading as="h2">
          <Translate id="home.chapters.heading">從哪裡開始</Translate>
        </Heading>
        {PARTS.map((part, index) => (
          <div key={index} className={styles.part}>
            <Heading as="h3">{part.title}</Heading>
            <ol className={styles.chapters}>
              {part.chapters.map((chapter) => (
                <li key={chapter.to}>
                  <Link to={chapter.to} className={styles.chapterLink}>
                    {chapter.title}
                  </Link>
                  <span className={styles.chapterSummary}>
                    {chapter.summary}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
        <p className={styles.languageNote}>
          <Translate id="home.language.note">
            本站有繁體中文與 English 兩種語言。語言選單在導覽列右上角；手機上請打開左上角的選單。
          </Translate>
        </p>
      </div>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'home.meta.title',
        message: '動手學 Kubernetes StatefulSet',
      })}
      description={translate({
        id: 'home.meta.description',
        message:
          '以繁體中文與英文教 Kubernetes StatefulSet：線上閱讀、動手修改 manifest，也適合帶新成員上手。',
      })}>
      <Hero />
      <main>
        <Audiences />
        <ReadingPath />
      </main>
    </Layout>
  );
}
