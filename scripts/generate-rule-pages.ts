// Writes one page per checker rule, in both languages, from the rules' own
// metadata (src/checker/rules). Runs before `start` and `build`; the pages are
// generated, not committed. Every example is run through the checker here, so
// a page can never show a "failing" example that passes, or the reverse.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {check, type Locale} from '../src/checker';
import type {Rule} from '../src/checker/rule';
import {RULES} from '../src/checker/rules';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS: Record<Locale, string> = {
  'zh-TW': join(ROOT, 'docs', 'rules'),
  en: join(ROOT, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'rules'),
};

const WORDS = {
  'zh-TW': {
    title: '規則參考',
    intro: '檢查器的每一條規則都有自己的一頁：它檢查什麼、為什麼對 StatefulSet 重要、一個有問題的寫法和修正後的樣子。編輯器裡每則訊息的規則代號都連到這裡。',
    severity: {error: '錯誤', warning: '警告', info: '提示'},
    severityLabel: '嚴重程度',
    kinds: '檢查的物件',
    anyKind: '整份文字',
    why: '為什麼重要',
    bad: '有問題的寫法',
    says: '檢查器的訊息',
    good: '修正後',
    source: '依據',
    limitations: '已知限制',
    rule: '規則',
    summary: '說明',
    colon: '：',
  },
  en: {
    title: 'Rule reference',
    intro: 'Every rule of the checker has a page of its own: what it checks, why it matters for a StatefulSet, an example it reports and the same example fixed. The rule id in every editor message links here.',
    severity: {error: 'error', warning: 'warning', info: 'info'},
    severityLabel: 'Severity',
    kinds: 'Checks',
    anyKind: 'the whole text',
    why: 'Why it matters',
    bad: 'An example it reports',
    says: 'What the checker says',
    good: 'Fixed',
    source: 'Source',
    limitations: 'Known limitations',
    rule: 'Rule',
    summary: 'What it checks',
    colon: ': ',
  },
} as const;

/** Throws, failing the build, when an example does not behave as its page says. */
function verifyExamples(rule: Rule): void {
  if (rule.docs.bad !== '') {
    const found = check(rule.docs.bad, {locale: 'en', old: rule.docs.old}).diagnostics;
    if (!found.some((d) => d.ruleId === rule.id)) {
      throw new Error(`Rule ${rule.id}: its docs.bad example is not reported by the rule. Fix the example in src/checker/rules/${rule.id}.ts.`);
    }
  }
  const silent = check(rule.docs.good, {locale: 'en', old: rule.docs.old}).diagnostics;
  if (silent.some((d) => d.ruleId === rule.id)) {
    throw new Error(`Rule ${rule.id}: its docs.good example is still reported by the rule. Fix the example in src/checker/rules/${rule.id}.ts.`);
  }
}

// MDX reads `{` and `<` in prose as code; rule text is prose.
function prose(text: string): string {
  return text.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fence(text: string): string {
  return `\`\`\`yaml showLineNumbers\n${text.replace(/\n$/, '')}\n\`\`\``;
}

function rulePage(rule: Rule, locale: Locale, position: number): string {
  const w = WORDS[locale];
  const kinds = rule.kinds.length === 0 ? w.anyKind : rule.kinds.map((k) => (k === '*' ? w.anyKind : `\`${k}\``)).join(', ');
  const says = rule.docs.bad === ''
    ? []
    : check(rule.docs.bad, {locale, old: rule.docs.old}).diagnostics
        .filter((d) => d.ruleId === rule.id)
        .map((d) => `- ${d.line}:${d.column} ${prose(d.message)}`);
  return [
    '---',
    `title: ${rule.id}`,
    `sidebar_label: ${rule.id}`,
    `sidebar_position: ${position}`,
    `description: ${JSON.stringify(rule.docs.summary[locale])}`,
    '---',
    '',
    `${prose(rule.docs.summary[locale])}`,
    '',
    `**${w.severityLabel}**${w.colon}${w.severity[rule.severity]} · **${w.kinds}**${w.colon}${kinds}`,
    '',
    `## ${w.why}`,
    '',
    prose(rule.docs.why[locale]),
    '',
    ...(rule.docs.bad === '' ? [] : [`## ${w.bad}`, '', fence(rule.docs.bad), '', `**${w.says}**`, '', ...says, '']),
    `## ${w.good}`,
    '',
    fence(rule.docs.good),
    '',
    ...(rule.docs.limitations ? [`## ${w.limitations}`, '', prose(rule.docs.limitations[locale]), ''] : []),
    `## ${w.source}`,
    '',
    `[${rule.docs.source}](${rule.docs.source})`,
    '',
  ].join('\n');
}

function indexPage(locale: Locale): string {
  const w = WORDS[locale];
  const rows = RULES.map((rule) => `| [\`${rule.id}\`](./${rule.id}.mdx) | ${w.severity[rule.severity]} | ${prose(rule.docs.summary[locale]).replace(/\|/g, '\\|')} |`);
  return [
    '---',
    `title: ${w.title}`,
    'sidebar_position: 0',
    'pagination_next: null',
    '---',
    '',
    w.intro,
    '',
    `| ${w.rule} | ${w.severityLabel} | ${w.summary} |`,
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

for (const rule of RULES) verifyExamples(rule);

for (const locale of Object.keys(FOLDERS) as Locale[]) {
  const folder = FOLDERS[locale];
  rmSync(folder, {recursive: true, force: true});
  mkdirSync(folder, {recursive: true});
  writeFileSync(
    join(folder, '_category_.json'),
    `${JSON.stringify({label: WORDS[locale].title, position: 100, link: {type: 'doc', id: 'rules/index'}}, null, 2)}\n`,
  );
  writeFileSync(join(folder, 'index.mdx'), indexPage(locale));
  RULES.forEach((rule, i) => writeFileSync(join(folder, `${rule.id}.mdx`), rulePage(rule, locale, i + 1)));
}
console.log(`rule reference: ${RULES.length} rules × 2 languages written`);
