// What the benchmark measures, bundled by esbuild like the shipped server and CLI (so the figures
// are those of the shipped code, not of a TypeScript loader).
export { analyze } from '../../server/src/analysis/analyze';
export { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
export { LineIndex } from '../../server/src/analysis/lines';
export { checkText, findingsOf } from '../../server/src/check';
export { hoverAt } from '../../server/src/lsp/hover';
