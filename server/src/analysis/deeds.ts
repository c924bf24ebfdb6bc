// Deeds that read like reports: a verb of speech or stance whose object shows it names an act
// ("raised the bar", "posted a record loss", "released its first EP", "addressed a press
// conference"), not something said. verb-cue.ts asks deedNotReport of every cue word.
import type { Token } from './types';
import { isDocumentHead, PERSON_NOUN } from './name-types';
import { VAGUE_SOURCE_HEADS } from './lexicon';

const RAISED_THINGS = /^(concern|concerns|doubts|fears|questions|alarm|objections|issue|issues|the|possibility|prospect)$/;
const RESULT_NOUNS = /^(victory|win|wins|loss|losses|gain|gains|profit|profits|record|increase|rise|fall|decline|declines|deficit|surplus|time|score|result|results|growth|drop|lead)$/;
const RELEASED_THINGS = /^(statement|statements|figures|data|report|reports|results|poll|study|survey|findings|transcript|letter|memo|list|details|estimates|forecast|forecasts|document|documents|video|audio|text|emails|records|guidance|analysis|research|paper|plan|proposals)$/;
const AUDIENCES = /^(conference|rally|meeting|crowd|gathering|nation|supporters|audience|parliament|assembly|summit|session|students|journalists|reporters|workers|delegates|members|congregation|convention|forum|event|seminar|ceremony)$/;

/** Whether a finite verb comes at or after token i, within ten tokens and before any stop but a comma. */
function finiteBeforePunct(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 10 && (t[j].kind !== 'punct' || t[j].text === ','); j++) if (/^(is|are|was|were|had|has|have|would|will|could|should|did)$/.test(t[j].lower)) return true;
  return false;
}

/** Whether a "that" or a quote opens within the clause after token i: "in a 2002 report that …". */
function clauseAhead(t: Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 10 && (t[j].kind !== 'punct' || t[j].text === ','); j++) if (t[j].lower === 'that' || t[j].kind === 'quote') return true;
  return false;
}

/** Whether the subject before the cue at c follows a comma or a quote, so what it reports came first: "…, the report concluded." */
function reportedBefore(t: Token[], c: number): boolean {
  const j = subjectStart(t, c);
  return j >= 0 && (t[j].text === ',' || t[j].kind === 'quote');
}

/** Whether the subject before the cue at c follows a quote closed by its own comma: "“…,” Bozell concludes". */
function afterQuoteComma(t: Token[], c: number): boolean {
  const j = subjectStart(t, c);
  return j >= 1 && j < c - 1 && t[j].kind === 'quote' && /^[,!?]$/.test(t[j - 1].text);
}

/** The token before the words of the cue's subject: back over words, stopping at a subordinating one. */
function subjectStart(t: Token[], c: number): number {
  let j = c - 1;
  while (j >= 0 && t[j].kind === 'word' && !/^(after|before|when|until|since|as|once|while)$/.test(t[j].lower)) j--;
  return j;
}

/** The first noun of the phrase after token c, past its article, possessives ("the album's") and up to two modifiers. */
function objectHead(t: Token[], c: number): string {
  for (let i = c + 1; i < t.length && i - c <= 5; i++) {
    const x = t[i];
    if (x.kind !== 'word' && x.kind !== 'number') return '';
    if (!/['’]s$/.test(x.text) && !/^(a|an|the|its|his|her|their|our|new|night|morning|evening|afternoon|weekend|first|second|third|latest|full|final|own|self-titled|press|following|joint|brief|short|written)$/.test(x.lower) && !/^\p{Lu}/u.test(x.text) && !/(?:ed|al|ic|ive|ous)$/.test(x.lower)) return x.lower;
  }
  return '';
}

/**
 * Deeds that read like reports: "raised the bar" (not "raised concerns", "raised the issue"),
 * "backed down", "posted an overwhelming victory", "released its first EP" (not "released a
 * statement"), "accepted a $6.75bn buyout" (not "accepted that …"), "addressed a press conference",
 * "Nissan has named a lifetime employee" (not "named Mr Ebbers as one of five executives"), "The
 * deal will see Sandoz overtake Teva", "Britannia members shared £42m".
 */
export function deedNotReport(t: Token[], c: number, w: string): boolean {
  // (one lookup decides for nearly every cue word: only these verbs can name a deed)
  const verb = DEED_VERBS.get(w);
  if (verb === undefined) return false;
  const next = t[c + 1]?.lower ?? '';
  switch (verb) {
    case 'release':
      return !RELEASED_THINGS.test(objectHead(t, c));
    // ("published the biography of Pitt", "the introduction to the manifesto"; not "published a report")
    case 'publish': {
      const head = objectHead(t, c);
      return !(RELEASED_THINGS.test(head) || /^(article|articles|column|editorial|op-ed|piece|poll|polls)$/.test(head)) && next !== 'that';
    }
    // (a clause after it still reports: "Its lawyers now accept ABN Amro and BNP were not involved")
    case 'accept':
      return next !== 'that' && next !== 'responsibility' && next !== 'blame' && !finiteBeforePunct(t, c + 2);
    // ("addressed a press conference", "will address the Republican National Convention")
    case 'address':
      for (let i = c + 1; i < t.length && i - c <= 6 && t[i].kind === 'word'; i++) if (AUDIENCES.test(t[i].lower)) return true;
      return false;
    // ("wrote his dissertation on …", "wrote the screenplay"): a work written, not words reported
    case 'write':
      return WRITTEN_WORKS.test(objectHead(t, c));
    case 'name':
      for (let i = c + 1; i < t.length && i - c <= 7; i++) if (t[i].lower === 'as' || t[i].kind === 'quote') return false;
      return true;
    case 'see':
      return /^(will|would|could|should|may|might)$/.test(t[c - 1]?.lower ?? '');
    case 'share':
      for (let i = c + 1; i < t.length && i - c <= 3; i++) if (t[i].kind === 'number' || /^[£$€¥₹]/.test(t[i].text)) return true;
      return false;
    case 'raise':
      return !RAISED_THINGS.test(next) || (next === 'the' && !/^(issue|question|possibility|prospect|spectre|specter|alarm)$/.test(t[c + 2]?.lower ?? ''));
    // ("senators backed the labor bill in principle by a vote of 42-30": a vote cast, not a stance reported)
    case 'back':
      return next === 'down' || next === 'off' || next === 'away' || byVote(t, c);
    // ("Ryan Grim reported from Washington, D.C.": where a reporter filed from, a credit line)
    case 'report':
      if (next !== 'from') return false;
      for (let i = c + 2; i < t.length; i++) if (t[i].lower === 'that' || t[i].kind === 'quote' || t[i].text === ':') return false;
      return true;
    // ("The talks concluded on Friday", "after the interview concluded", "concluded its visit": ended;
    // not "concluded that …", "concluded he had lied", "concluded the evidence was weak")
    case 'conclude': {
      const n = t[c + 1];
      // ("He concluded, “She is strong.”": a quote after the comma is what was concluded)
      if (!n || n.kind === 'quote' || next === 'that' || n.text === ':' || (n.text === ',' && t[c + 2]?.kind === 'quote' && !/^(after|when|as|once|before|until|since|while|if)$/i.test(t[0]?.text ?? ''))) return false;
      // (after what it reports it reports: "“It is over,” he concluded.", "…, the report concluded.",
      // "COVID bail-outs, she concludes, don't …"; "after the interview concluded," ended)
      if (n.kind === 'punct') return !reportedBefore(t, c);
      // (a clause further on is what was concluded: "which concluded in a 2002 report that …")
      // ("“…,” Bozell concludes on the Trump-Cruz matchup": after the quote it closes, what it is about)
      if (/^(on|in|at|with|after|before|without|when|as|by|for|late|early|last|yesterday|today|successfully)$/.test(next)) return !clauseAhead(t, c + 2) && !(next === 'on' && afterQuoteComma(t, c));
      return /^(the|a|an|its|his|her|their|our|this)$/.test(next) && !finiteBeforePunct(t, c + 2);
    }
    // ("The decision says a lot about his priorities", "its view of the world says something about …":
    // a thing that reveals, not a speaker; "Trump said something about Mexico" is speech)
    case 'say':
      return REVEALING_AMOUNT.test(next) && (t[c + 2]?.lower === 'about' || (next === 'a' && t[c + 2]?.lower === 'lot' && t[c + 3]?.lower === 'about')) && !speakerBefore(t[subjectEndBefore(t, c)]);
    // ("showed up in the gear of …": arrived; not "polls show up to 40% …")
    // ("Creative showed off a new wireless technology", "Lopez showed glimpses of resolve": shown, not a finding)
    case 'show':
      return (next === 'up' && t[c + 2]?.lower !== 'to') || next === 'off' || SHOWN_QUALITIES.test(objectHead(t, c));
    // ("they wished all successes of the new government", "wished him well": a greeting, not a stance on a claim)
    // (not "wishes the festival to be a forum": what someone wants to happen)
    case 'wish':
      if (next === 'that' || t[c + 1]?.kind !== 'word') return false;
      for (let i = c + 1; i < t.length && i - c <= 6 && t[i].kind === 'word'; i++) if (t[i].lower === 'to') return false;
      return true;
    // ("revealed Malti's face on Instagram", "revealed the album's cover": shown, not told)
    case 'reveal':
      return SHOWN_THINGS.test(objectHead(t, c));
    // "households are feeling the pinch", "felt the heat": felt a thing, not a belief
    case 'feel':
      return (next === 'the' || next === 'a' || next === 'an') && FELT_THINGS.test(t[c + 2]?.lower ?? '');
    // ("posted a 222% rise", "posted a $676m loss": a figure or a result after it)
    case 'post':
      // (not past "that", where what was posted begins: "posted on Facebook that 40 people were killed")
      for (let i = c + 1; i < t.length && i - c <= 4 && (t[i].kind === 'word' || t[i].kind === 'number') && t[i].lower !== 'that'; i++) if (RESULT_NOUNS.test(t[i].lower) || t[i].kind === 'number' || /^[£$€¥₹]|\d/.test(t[i].text)) return true;
      return false;
    // ("The debate promised to be a crucial moment", "That threatened to create …": what a thing
    // was likely to do, not a pledge or a threat someone made; "He promised to be a president for all" is one)
    case 'promise':
    case 'threaten':
      return next === 'to' && IMPERSONAL_SUBJECT.test(t[c - 1]?.lower ?? '');
    // ("prosecutors charged the officer with murder": a charge laid, not a claim made; "charged that …" still reports)
    case 'charge':
      if (next === 'that' || t[c + 1]?.kind !== 'word') return false;
      for (let i = c + 2; i < t.length && i - c <= 6 && t[i].kind === 'word'; i++) if (t[i].lower === 'with') return true;
      return false;
    // ("England will confirm their place in the Super 8s", "confirmed his spot": a place secured, not a fact confirmed)
    case 'confirm':
      return /^(place|places|spot|spots|berth|berths|qualification|passage|progress|status|position|seat)$/.test(objectHead(t, c));
    // ("Mr. Trump, asked about the deaths, said …": the subject was asked; the verb after the aside reports)
    case 'ask':
      return askedInAside(t, c);
    // ("they appealed to biological theories of moral traits": invoked, not a plea; "appealed to
    // voters to stay calm", "appealed to them for calm" still report)
    case 'appeal': {
      if (next !== 'to') return false;
      let head = '';
      for (let i = c + 2; i < t.length && i - c <= 10 && t[i].kind === 'word' && !/^(of|to|for|that|through|with|in|on|by|and)$/.test(t[i].lower); i++) head = t[i].lower;
      return !!head && !APPEALED_TO.test(head) && !PERSON_NOUN.test(head) && !VAGUE_SOURCE_HEADS.has(head) && !/^\p{Lu}/u.test(head);
    }
    // ("individuals accused of distributing pirated content", "Labour accused of hypocrisy": the accused, not the accuser)
    // (not with its subject right before it: "Orban, whom he accused of …")
    case 'accuse':
      return next === 'of' && !/^(he|she|they|we|i|you|it|who|also|repeatedly|publicly)$/.test(t[c - 1]?.lower ?? '');
    // ("has agreed a new deal with the Cubs", "agreed a £5m fee": terms signed, not a view shared;
    // "agreed that …", "agreed with" and "agreed to" stay reports)
    case 'agree':
      return dealAgreed(t, c);
    // ("did not return a request seeking comment": the reporter's request, no one's stance)
    // ("Irish replied with three penalties", "Chelsea responded with a goal": a score, not an answer)
    case 'reply': {
      const at = next === 'back' ? c + 2 : c + 1;
      if (t[at]?.lower !== 'with') return false;
      for (let i = at + 1; i < t.length && i - at <= 4; i++) {
        if (SCORES.test(t[i].lower)) return true;
        if (t[i].kind !== 'number' && !/^(a|an|the|his|her|their|its|two|three|four|five|six|late|early|first|second|quick|successive|own)$/.test(t[i].lower)) return false;
      }
      return false;
    }
    // ("denying a certain try", "denied them victory", "denied entry": kept from something, not a denial)
    case 'deny':
      for (let i = c + 1; i < t.length && i - c <= 4; i++) {
        if (SCORES.test(t[i].lower) || DENIED_THINGS.test(t[i].lower)) return true;
        if (!/^(a|an|the|him|her|them|us|me|his|their|its|certain|late|first|any|every)$/.test(t[i].lower)) return false;
      }
      return false;
    case 'seek':
      return next === 'comment' && /^(requests?|messages?|calls?|emails?|inquiry|inquiries|queries|query)$/.test(t[c - 1]?.lower ?? '');
  }
  return false;
}
/** "… by a vote of 42-30", "… by 310 votes to 210": a vote's tally within the clause after token c. */
function byVote(t: Token[], c: number): boolean {
  for (let i = c + 2; i < t.length && i - c <= 12 && t[i].kind !== 'quote' && t[i].text !== ';'; i++) {
    if (t[i].lower !== 'by') continue;
    const a = t[i + 1], b = t[i + 2];
    return (a?.lower === 'a' && /^(vote|margin)$/.test(b?.lower ?? '')) || (a?.kind === 'number' && /^votes?$/.test(b?.lower ?? ''));
  }
  return false;
}

/** Whom a plea goes to: "appealed to them", "appealed to the public" (people are read by PERSON_NOUN and the vague heads too). */
const APPEALED_TO = /^(them|him|her|us|me|you|everyone|everybody|all|public|people|government|authorities|nation|country|court|community|members|parties|party|governments|world|west|fans|crowd|crowds|youth|locals|citizens|donors|investors|international)$/;

/** What a side replies with on the field: "three penalties", "a drop goal", "two tries". */
const SCORES = /^(goals?|tries|try|penalt(?:y|ies)|drop|brace|header|strike|centur(?:y|ies)|wickets?|aces?|break|breaks|winner|equali[sz]er|touchdowns?|runs?|points?|baskets?|double|treble|hat-trick|sixes|six|boundar(?:y|ies)|birdies?|eagles?|fours?)$/;

/** What one side denies another: "denied them victory", "denied entry", "denying him a chance". */
const DENIED_THINGS = /^(victory|win|chance|opportunity|place|title|entry|access|visa|bail|permission|justice|promotion|spot|berth)$/;

/** Finite verbs of answering that follow an aside on their subject: "…, asked about it, said". */
const ANSWERED = /^(said|says|told|tells|added|replied|replies|responded|responds|answered|insisted|argued|explained|noted|acknowledged|admitted|conceded|declined|refused|dismissed|denied|suggested|joked|quipped)$/;
/** "X, asked about Y, said": a participle set off by commas before the subject's own verb of speech. */
function askedInAside(t: Token[], c: number): boolean {
  if (t[c - 1]?.text !== ',') return false;
  let j = c + 1;
  while (j < t.length && j - c < 25 && t[j].text !== ',' && t[j].kind !== 'quote') j++;
  if (t[j]?.text !== ',') return false;
  j++;
  while (j < t.length && /^(had|has|have|also|then|later|only|simply|just|quickly)$/.test(t[j].lower)) j++;
  return ANSWERED.test(t[j]?.lower ?? '');
}
/** The word before "promised to" or "threatened to" that names a thing or an occasion, not who pledged (not "it": "It threatened to sue" is a firm's threat). */
const IMPERSONAL_SUBJECT = /^(that|this|which|debate|debates|game|match|event|race|contest|day|night|week|year|season|election|meeting|summit|move|plan|deal|bill|measure|change|changes|weather|storm|rain|crisis|dispute|row|fight|battle|talks|vote|process|case|trial|scandal|issue|situation|policy|law)$/;
/** What a thing "says about" something when it reveals it. */
const REVEALING_AMOUNT = /^(a|something|much|volumes|plenty|more|everything)$/;
/** The last word of the verb's subject: back past auxiliaries, negation and adverbs ("his aides haven't said much about"). */
function subjectEndBefore(t: Token[], c: number): number {
  let j = c - 1;
  while (j > 0 && t[j].kind === 'word' && /^(?:has|have|had|hasn[’']t|haven[’']t|hadn[’']t|did|didn[’']t|does|doesn[’']t|do|don[’']t|will|would|won[’']t|wouldn[’']t|not|never|also|already|just|really|certainly|still)$/.test(t[j].lower)) j--;
  return j;
}
/** Whether the word before the verb can be someone who speaks or a document that reports: a pronoun, a name, a person's noun, "report". */
const speakerBefore = (x: Token | undefined): boolean =>
  !!x && x.kind === 'word' && (/^(he|she|they|we|i|you|who|it)$/.test(x.lower) || /^\p{Lu}/u.test(x.text) || PERSON_NOUN.test(x.lower) || VAGUE_SOURCE_HEADS.has(x.lower) || isDocumentHead(x));
/** The forms of the verbs deedNotReport reads, by their base. */
const DEED_VERBS = new Map<string, string>();
for (const [base, forms] of Object.entries({
  release: 'release releases released', publish: 'publish publishes published', accept: 'accept accepts accepted',
  address: 'address addresses addressed', name: 'named names', say: 'say says said', see: 'see sees', share: 'share shares shared',
  wish: 'wish wishes wished', write: 'write writes wrote written writing', report: 'reported reports', conclude: 'conclude concludes concluded', show: 'show shows showed showing shown', reveal: 'reveal reveals revealed revealing', raise: 'raise raises raised raising', back: 'back backs backed backing', post: 'post posts posted', feel: 'feel feels feeling felt',
  reply: 'replied replies replying responded responds responding answered answers hit', deny: 'deny denies denied denying', agree: 'agreed agrees', confirm: 'confirm confirms confirmed confirming', promise: 'promised promises', ask: 'asked', accuse: 'accused', appeal: 'appealed appeals appealing', threaten: 'threatened threatens', seek: 'seeking', charge: 'charge charges charged charging',
})) for (const f of forms.split(' ')) DEED_VERBS.set(f, base);
/** A deal within the noun phrase right after c: "a new deal", "a £5m fee", "terms" (not "to", "that", "with"). */
function dealAgreed(t: Token[], c: number): boolean {
  for (let i = c + 1; i < t.length && i - c <= 4; i++) {
    if (DEAL_NOUNS.test(t[i].lower)) return true;
    if (t[i].kind === 'punct' || /^(to|that|with|on|upon|in|about|over|for|the|this)$/.test(t[i].lower) && i === c + 1) return false;
  }
  return false;
}
const DEAL_NOUNS = /^(deal|deals|contract|contracts|terms|fee|fees|loan|loans|settlement|transfer|move|package|price|merger|takeover|extension|pact|truce|ceasefire|compromise|sale|purchase|swap)$/;
const WRITTEN_WORKS = /^(dissertation|thesis|book|books|novel|novels|song|songs|script|scripts|screenplay|music|album|code|software|program|programme|cheque|check|biography|memoir|play|opera|symphony|lyrics|poem|poems|essay|essays)$/;
const SHOWN_THINGS = /^(face|faces|tattoo|tattoos|bump|look|looks|cover|artwork|trailer|poster|logo|design|outfit|dress|costume|ring|car|house|home|body|physique|haircut)$/;
const SHOWN_QUALITIES = /^(glimpses|glimpse|signs|sign|flashes|flash|form|character|resilience|class|skill|skills|determination|courage|promise|restraint|composure|grit|quality|qualities|maturity|intent|fight|spirit|nerve|nerves|poise|touches|moments)$/;
const FELT_THINGS = /^(pinch|heat|strain|squeeze|frustration|need|effect|effects|impact|pressure|pressures|benefit|benefits|brunt|force|pain|weight|loss|absence|cold|chill|burn|urge|wrath|sting|full)$/;
