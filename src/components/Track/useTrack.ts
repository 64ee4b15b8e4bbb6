import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/checker';
import type {Progress} from '@site/src/progress/model';
import {useSidebarDocs} from '@site/src/progress/sidebar';
import {buildTrack, totalsOf, type TrackStep, type TrackTotals} from '@site/src/progress/track';

export function useLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'zh-TW';
}

/** The track's steps and totals for `progress`, in the page's language. */
export function useTrack(progress: Progress): {steps: TrackStep[]; totals: TrackTotals} {
  const locale = useLocale();
  const steps = buildTrack(useSidebarDocs(), progress, locale);
  return {steps, totals: totalsOf(steps)};
}
