import type {Diagnostic} from '../checker';
import {RULES} from '../checker/rules';

const SARIF_LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const;

/** SARIF 2.1.0, for code-scanning tools that show results on pull requests. */
export function toSarif(results: Array<{file: string; diagnostics: Diagnostic[]}>) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sts-check',
            informationUri: 'https://statefulset-lab.example.org/',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.docs.summary.en},
              helpUri: `https://statefulset-lab.example.org/en/docs/rules/${rule.id}`,
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
                  artifactLocation: {uri: file === '-' ? 'stdin' : file},
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
