import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import styles from './index.module.css';

type Chapter = {to: string; title: ReactNode; summary: ReactNode};
type Audience = {title: ReactNode; body: ReactNode};

// Paths without locale: Link adds the base URL of the current language.
const CHAPTERS: Chapter[] = [
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

const AUDIENCES: Audience[] = [
  {
    title: <Translate id="home.audience.read.title">線上閱讀</Translate>,
    body: (
      <Translate id="home.audience.read.body">
        四個短章節，從問題講到完整的範例，每章結尾都指向下一章。
      </Translate>
    ),
  },
  {
    title: <Translate id="home.audience.practice.title">動手練習</Translate>,
    body: (
      <Translate id="home.audience.practice.body">
        範例 manifest 可以直接在頁面上修改：改壞它、看哪裡出錯、再修好。想在自己的叢集上試，每章也附上 kubectl 指令。
      </Translate>
    ),
  },
  {
    title: <Translate id="home.audience.team.title">帶團隊上手</Translate>,
    body: (
      <Translate id="home.audience.team.body">
        新成員照章節順序讀完，就有共同的基礎。中文與英文版的章節一一對應，切換語言時會停在同一章。
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
            to={CHAPTERS[0].to}>
            <Translate id="home.hero.start">從第一章開始</Translate>
          </Link>
          <Link
            className="button button--secondary button--lg"
            to={CHAPTERS[CHAPTERS.length - 1].to}>
            <Translate id="home.hero.example">直接看範例</Translate>
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
        <ol className={styles.chapters}>
          {CHAPTERS.map((chapter) => (
            <li key={chapter.to}>
              <Link to={chapter.to} className={styles.chapterLink}>
                {chapter.title}
              </Link>
              <span className={styles.chapterSummary}>{chapter.summary}</span>
            </li>
          ))}
        </ol>
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
