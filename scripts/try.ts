import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/analysis/analyze';
const text = readFileSync(process.argv[2] ?? 'seeds/000_7820780226b292ca.txt', 'utf8');
const m = analyze(text);
const line = (o: number) => text.slice(0, o).split('\n').length;
for (const st of m.statements) {
  const s = m.sentences[st.sentence];
  console.log(`L${line(s.start)} [${st.status}] ${text.slice(s.start, s.end).slice(0, 70)}`);
  for (const a of st.attributions) console.log(`    ${a.kind}: ${m.sources[a.source].name} (${m.sources[a.source].type}${m.sources[a.source].role ? ', ' + m.sources[a.source].role : ''}) via "${a.mention.text}" cue="${a.cue.text}" ch=${a.channel} content="${a.content ? text.slice(a.content.start, a.content.end).slice(0, 40) : null}"`);
  if (st.claim) console.log(`    claim ${st.claim.score} ${st.claim.kinds} ${st.claim.evidence.map((e) => e.text)}`);
  if (st.hedges.length) console.log(`    hedges ${st.hedges.map((h) => h.text + ':' + h.type + (h.inQuote ? '(q)' : ''))}`);
}
console.log(m.dateline, m.crossLinks.map(c=>c.headline));
