// SARIF 2.1.0, for code-scanning dashboards. Columns are 1-based; SARIF's default column unit is
// UTF-16 code units, the same as LSP's, so no conversion is needed.
import { RULES, ruleDocUrl } from '../rules';
import type { FindingsReport } from './json';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function sarifReport(files: FindingsReport[], version: string) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourcecheck',
            version,
            informationUri: 'https://github.com/sourcecheck/sourcecheck',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) =>
          f.findings.map((x) => ({
            ruleId: x.rule,
            ruleIndex: ruleIndex.get(x.rule) ?? -1,
            level: LEVEL[x.severity],
            message: { text: x.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(f.path.replace(/\\/g, '/')) },
                  region: {
                    startLine: x.range.start.line + 1,
                    startColumn: x.range.start.character + 1,
                    endLine: x.range.end.line + 1,
                    endColumn: x.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
