// Interview transcripts: a speaker's label opening a paragraph gives that turn, and the unlabelled
// paragraphs after it, to the speaker (server/src/analysis/transcript.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { checkText } from '../server/src/check';
import { readAttributions } from './helpers/attributions';
import { hoverAt } from '../server/src/lsp/hover';
import { LineIndex } from '../server/src/analysis/lines';

const FOX = [
  'Pence: Flowers Won’t Be at Debate',
  'Republican vice-presidential nominee Mike Pence spoke to Fox News Sunday.',
  'Partial transcript as follows:',
  '"WALLACE: Let’s start with the debate story. Will she be there?',
  '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” It’s serious business.',
  '"But the truth is that Donald Trump has a unique way of communicating.',
  '"(CROSSTALK.)',
  '"WALLACE: Do you really see those two as equivalent?',
  '"PENCE: Donald Trump is on his way to the White House.',
].join('\n\n');

/** [label mention, source name, content, kind] of the transcript's turns (cue ":" after the headline). */
const turns = (text: string) => {
  const m = analyze(text);
  return m.statements.flatMap((st) =>
    st.attributions
      .filter((a) => a.cue.text === ':' && a.channel === 'interview')
      .map((a) => [a.mention.text, m.sources[a.source].name, text.slice(a.content!.start, a.content!.end), a.kind]),
  );
};

test('a transcript’s labels give each turn to its speaker, and the paragraphs after a label carry it on', () => {
  assert.deepEqual(turns(FOX), [
    ['WALLACE', 'Wallace', 'Let’s start with the debate story', 'direct-quote'],
    ['WALLACE', 'Wallace', 'Will she be there?', 'continued-quote'],
    // (an all-capitals surname names the person the article named in full)
    ['PENCE', 'Mike Pence', 'Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”', 'direct-quote'],
    ['PENCE', 'Mike Pence', 'It’s serious business.', 'continued-quote'],
    ['PENCE', 'Mike Pence', 'But the truth is that Donald Trump has a unique way of communicating.', 'continued-quote'],
    // (a stage direction is nobody's: "(CROSSTALK.)" gives no turn)
    ['WALLACE', 'Wallace', 'Do you really see those two as equivalent', 'direct-quote'],
    ['PENCE', 'Mike Pence', 'Donald Trump is on his way to the White House', 'direct-quote'],
  ]);
  // (the headline keeps its own reading, a speaker before a colon; what a speaker says inside a turn is read too)
  const all = readAttributions(FOX);
  assert.ok(all.some(([who, cue]) => who === 'Pence' && cue === ':'));
  assert.ok(all.some(([who, cue, content]) => who === 'Hillary Clinton' && cue === 'apparently thinks' && content.startsWith('this is an episode')));
  // (an answer's claims are the speaker's, so none is unattributed; nor are the turns unattributed quotes)
  const rules = checkText(FOX, 'plaintext').findings.map((f) => f.rule);
  assert.ok(!rules.includes('unattributed-claim') && !rules.includes('unattributed-quote'), rules.join(', '));
});

test('Q and A labels, and the writer’s sign-off after the transcript, which is no one’s turn', () => {
  const qa = 'Living in fear\n\nQ: Did the service take care of you?\n\nA: No, no one did. No one checked up.\n\nQ: And the wall?\n\nA: A wall will not keep families apart.\n\nFollow Pam Key on Twitter @pamkeyNEN.';
  assert.deepEqual(turns(qa), [
    // (the letters name the interviewer and the interviewee)
    ['Q', 'the interviewer (Q)', 'Did the service take care of you', 'direct-quote'],
    ['A', 'the interviewee (A)', 'No, no one did', 'direct-quote'],
    ['A', 'the interviewee (A)', 'No one checked up.', 'continued-quote'],
    ['Q', 'the interviewer (Q)', 'And the wall', 'direct-quote'],
    ['A', 'the interviewee (A)', 'A wall will not keep families apart', 'direct-quote'],
  ]);
});

test('a page is a transcript only when one label asks twice and another speaks twice', () => {
  // (one label with a question; a results list; labels of page furniture)
  assert.deepEqual(turns('Update: Is the bridge safe?\n\nThe bridge was closed on Monday.'), []);
  assert.deepEqual(turns('The count so far.\n\nClinton: 547 delegates.\n\nSanders: 212 delegates.\n\nClinton: 20 states.\n\nSanders: 9 states.'), []);
  assert.deepEqual(turns('Photo: Is this the bridge?\n\nNote: Is it closed?\n\nPhoto: The bridge.\n\nNote: Closed.'), []);
  // (a question asked in the turn's later paragraph counts: "TAPPER: And obviously, … ¶ Specifically …?")
  const panel = 'Tapper talks to Fallin\n\nJAKE TAPPER: Donald Trump released a video.\n\nSpecifically, do you think he is a healer?\n\nFALLIN: Well, I think the whole nation needs to work together.\n\nTAPPER: Do you think he has campaigned as one?\n\nFALLIN: I think he is trying.';
  assert.deepEqual(
    turns(panel).map(([who, name]) => `${who}=${name}`),
    ['JAKE TAPPER=Jake Tapper', 'JAKE TAPPER=Jake Tapper', 'FALLIN=Fallin', 'TAPPER=Jake Tapper', 'FALLIN=Fallin'],
  );
});

test('in a turn, "I" and "we" are the speaker’s, and the interviewer’s outlet is no secondhand source', () => {
  const text = [
    'An interview with a textile maker',
    'Bangladesh Post: Bangladesh leads the world in garments. How big is the company?',
    'Shaheen Hasan: We are proud that our factory employs over 6,000 people.',
    'Bangladesh Post: What holds the industry back?',
    'Shaheen Hasan: I believe bank interest rates often reach around 15 percent.',
  ].join('\n\n');
  const m = analyze(text);
  const speakers = m.statements.flatMap((st) => st.attributions.filter((a) => a.cue.text !== ':').map((a) => `${a.mention.text}=${m.sources[a.source].name}`));
  assert.deepEqual(speakers, ['We=Shaheen Hasan', 'I=Shaheen Hasan']);
  assert.deepEqual(checkText(text, 'plaintext').findings.map((f) => f.rule), []);
});

test('the hover names the transcript label a turn’s later sentence continues, with its line', () => {
  const card = (needle: string) => hoverAt(analyze(FOX), new LineIndex(FOX), FOX.indexOf(needle))!.markdown;
  assert.match(card('serious business'), /Source: \*\*Mike Pence\*\*[\s\S]*Channel: interview[\s\S]*Continues the turn of the transcript label “PENCE” on line 9\./);
  assert.match(card('Well, look'), /Transcript label: the turn that follows is Mike Pence’s\./);
});
