// Every attribution of a text as [source mention, cue, content, kind], for the attribution tests.
import { analyze } from '../../server/src/analysis/analyze';

export const readAttributions = (text: string): Array<[string, string, string, string]> => {
  const m = analyze(text);
  return m.statements.flatMap((st) =>
    st.attributions.filter((a) => a.kind !== 'lede-sourced').map((a): [string, string, string, string] => [a.mention.text, a.cue.text, a.content ? text.slice(a.content.start, a.content.end) : '', a.kind]),
  );
};

/** The same without the kind: [source mention, cue, content]. */
export const readSpans = (text: string): Array<[string, string, string]> => readAttributions(text).map(([s, c, t]) => [s, c, t]);

/** The source of the first attribution of the first statement. */
export const firstSource = (text: string) => {
  const m = analyze(text);
  return m.sources[m.statements[0].attributions[0].source];
};
