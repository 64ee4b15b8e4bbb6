import {relative, resolve, sep} from 'node:path';
import type {Diagnostic, Locale} from '../checker';
import {RULES} from '../checker/rules';

export interface SarifOptions {
  locale: Locale;
  /** Where the site is hosted, for the rules' help links (`STS_SITE_URL`). */
  siteUrl: string;
  /** Paths are written relative to it, under `%SRCROOT%`, as code scanning expects. */
  root: string;
}

const SARIF_LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const;

/** SARIF 2.1.0, for code-scanning tools that show results on pull requests. */
export function toSarif(
  results: Array<{file: string; diagnostics: Diagnostic[]}>,
  {locale, siteUrl, root}: SarifOptions,
) {
  // zh-TW is the site's default locale, served without a prefix.
  const site = `${siteUrl.replace(/\/+$/, '')}/${locale === 'en' ? 'en/' : ''}`;
  const artifact = (file: string) => {
    if (file === '-') return {uri: 'stdin'};
    const absolute = resolve(root, file);
    const path = relative(root, absolute);
    if (path.startsWith('..')) return {uri: encodeURI(`file://${absolute.split(sep).join('/')}`)};
    return {uri: encodeURI(path.split(sep).join('/')), uriBaseId: '%SRCROOT%'};
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sts-check',
            informationUri: site,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.docs.summary[locale]},
              helpUri: `${site}docs/rules/${rule.id}`,
            })),
          },
        },
        results: results.flatMap(({file, diagnostics}) =>
          diagnostics.map((d) => ({
            ruleId: d.ruleId,
            level: SARIF_LEVEL[d.severity],
            message: {text: d.message},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(file),
                  region: {startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn},
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
