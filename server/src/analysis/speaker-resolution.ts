// The cross-sentence pass over what each sentence says on its own: one source per person or group,
// and pronoun, role and surname mentions resolved to the most recent compatible speaker, so "he said"
// after "Hegseth thanked Singh" is Hegseth, or to the subject a sentence just before opened with, named
// since that speaker spoke (pronoun-antecedents.ts).
import { clueOfPhrase, type Gender, type GenderEvidence } from './gender';
import { EXPERT_HEADS, ORG_WORDS, PRONOUNS_PLURAL, TITLE_WORDS } from './lexicon';
import { copyPhrase, firstWordIndex, isCapitalized, isWritersPronoun, phraseEndingAt, type Phrase } from './mentions';
import { lastWord, SourceRegistry, withoutDashedAside } from './source-registry';
import { headType } from './name-types';
import { headsOf, isKindHead } from './body-heads';
import { looksLikeVerb } from './attribution-grammar';
import type { SentenceCandidates } from './attribution';
import { spokenIn, transcriptTurns, turnLabel } from './transcript';
import type { Attribution, Block, Mention, Sentence, Source, Token } from './types';
import { emptyObjectLists } from '../util/object-lists';
import { tokenAt } from './token-at';
import { isRespondents, PollsBefore } from './respondents';
import { bodyOpening, documentOpening, groupOpening } from './opening-body';
import { afterPreposition, coordinatedSubject, JOINING, openingSurname, SHARES, subjectOverObject, type Subject } from './pronoun-antecedents';

export const isBody = (b: Block): boolean => b.kind !== 'cross-link' && b.kind !== 'heading';

/** The cross-sentence pass: one source per person or group, pronouns resolved to speakers. */
export function resolveAttributions(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  candidates: SentenceCandidates[],
): { attributions: Attribution[][]; sources: Source[] } {
  const registry = new SourceRegistry();
  const result = emptyObjectLists<Attribution>(sentences.length);
  let lastSpeaker: Source | null = null;
  let lastPlural: Source | null = null;
  let lastBody: Source | null = null;
  const recentPersons: Source[] = [];
  /** Of those, the ones named at the opening of a sentence: its subject, most likely. */
  const subjects: Subject[] = [];
  /** People who spoke, most recent last: where a pronoun looks when the last speaker cannot be meant. */
  const speakers: Source[] = [];
  const gender = registry.gender;
  const polls = new PollsBefore(prose, sentences, (i) => isBody(blocks[sentences[i].block]), registry, result);

  /** The body named in full last, by its head word: "group" → "Commonwealth Observer Group". */
  const namedBodies = new Map<string, string>();
  /** A source read as a person that is a firm or body: no longer the speaker a later "he" stands for. */
  const retypeAsBody = (source: Source): void => {
    source.type = 'organization';
    const at = speakers.lastIndexOf(source);
    if (at >= 0) speakers.splice(at, 1);
    if (lastSpeaker === source) lastSpeaker = speakers[speakers.length - 1] ?? null;
  };

  /** The body the last sentence that named one opened with, and where the last body that spoke was mentioned. */
  let openingBody: Phrase | null = null;
  let lastBodyAt = -1;
  /** What "it" stands for: the body a sentence opened with, if it came after the last body that spoke. */
  const itTarget = (): Source | null => {
    if (openingBody && openingBody.start > lastBodyAt) {
      // ("The Observer Group …" after "the Commonwealth Observer Group": the body named in full)
      const full = namedBodies.get(lastWord(openingBody.name).toLowerCase());
      const [source] = registry.sourceOf(full && full.endsWith(' ' + openingBody.name) ? copyPhrase(openingBody, { name: full }) : openingBody);
      if (source.type !== 'person') return source;
    }
    // ("Wimpey said …. '…,' it added": a one-word name read as a person's that spoke after the last body)
    const named = bodyNamedLikeAPerson(lastSpeaker, gender);
    return named && lastMentionAt(named) > lastBodyAt ? named : lastBody ?? named;
  };
  /** The sentence just before, whose opening group a "they" may stand for, and where the mention of the last group that spoke ends. */
  let previousSentence: Sentence | null = null;
  let lastPluralAt = -1;
  /** What "they" stands for: the group the sentence just before opened with, if named after the last group that spoke. */
  const theyTarget = (sentence: number, tokens: Token[], p: Phrase): Source | null => {
    // ("But Kenteris and Thanou then went on to skip tests …, when they decided": the group the pronoun's own sentence opened with)
    // (after a word that joins its clause to the group's, not in an aside: "US officials were talking up the dollar, they said")
    const own = JOINING.has(tokenAt(tokens, p.from - 1)?.lower ?? '') ? groupOpening(tokens, prose) : null;
    if (own && own.end <= p.start && own.start >= lastPluralAt) return registry.sourceOf(own)[0];
    // (read only when a "they" asks: most sentences open with no group, and most groups are never a "they")
    const group = previousSentence && previousSentence.index === sentence - 1 ? groupOpening(previousSentence.tokens, prose) : null;
    return group && group.start >= lastPluralAt ? registry.sourceOf(group)[0] : lastPlural;
  };
  /**
   * What this "it" stands for: the body its own sentence has as subject when its clause joins that one
   * ("Even sports car maker Porsche may join the race, although it insists"), else itTarget, else a
   * body earlier in its sentence.
   */
  const itOf = (tokens: Token[], p: Phrase): Source | null => {
    const own = JOINING.has(tokenAt(tokens, p.from - 1)?.lower ?? '') ? bodyEarlierIn(tokens, p.from, prose, registry, gender) : null;
    return own ?? itTarget() ?? bodyEarlierIn(tokens, p.from, prose, registry, gender);
  };
  /** Headings with a speaker before a colon, read once the article has named its people. */
  const headings: Sentence[] = [];
  // (a transcript's turns: each sentence of a turn is its label's speaker's)
  const turns = transcriptTurns(prose, sentences, blocks, (i) => candidates[i].found);
  const turnOf: Array<Attribution | undefined> = [];
  for (const s of sentences) {
    if (!isBody(blocks[s.block])) {
      if (candidates[s.index].found.length) headings.push(s);
      continue;
    }
    const { found, names, unquoted, channel, bodies, headed } = candidates[s.index];
    // ("Microsoft's shares", "Yukos, which …": a one-word name the sentence shows is a firm's,
    // read before its attributions: "A Qantas spokesman said" is then the firm's spokesman)
    for (const name of bodies) {
      const source = registry.shownBody(name);
      if (source && bodyNamedLikeAPerson(source, gender)) retypeAsBody(source);
    }
    // (the group or body a later "they" or "it" looks back to is the last one the sentence names, not
    // the last one found: "The bill, which ministers claim …, is opposed by the Liberal Democrats.
    // They have said …")
    let pluralAt = -1;
    let bodyAt = -1;
    for (const f of found) {
      // (a transcript's label is no headline: "Shaheen Hasan: Our factory employs …" opening a turn)
      if (f.firstLineOnly && (!firstLine(prose, s.start) || turns[s.index] === s.index)) continue;
      if (f.transcriptOnly) {
        if (turns[s.index] === s.index) turnOf[s.index] = turnLabel(f, s.index, registry, result);
        continue;
      }
      const poll: Source | null = isRespondents(f.phrase) ? polls.of(f.phrase, s.index, studyReportedIn(found)) : null;
      // (in a transcript's turn, "I" and "we" are the label's speaker: "Shaheen Hasan: … we are proud …")
      const speaking = isWritersPronoun(f.phrase) && turns[s.index] >= 0 ? turnOf[turns[s.index]] : undefined;
      const mention: Mention | null = speaking
        ? registry.mention(registry.sources[speaking.source], f.phrase, 'pronoun', s.index)
        : poll
        ? registry.mention(poll, f.phrase, 'poll', s.index)
        : resolve(f.phrase, s.index, s.tokens, registry, lastSpeaker, f.phrase.name === 'it' ? itOf(s.tokens, f.phrase) : f.phrase.name === 'they' && f.phrase.to - f.phrase.from === 1 ? theyTarget(s.index, s.tokens, f.phrase) : lastPlural, recentPersons, unquoted, speakers, subjects, namedBodies);
      if (!mention) continue;
      const source: Source = registry.sources[mention.source];
      // ("Yukos said …, it added": the one-word name "it" stands for is a firm's)
      // (and no longer the speaker a later "he" stands for)
      if (mention.via === 'pronoun' && f.phrase.name === 'it' && source.type === 'person') retypeAsBody(source);
      // (names and roles are learnt from as the registry reads them)
      if (source.type === 'person' && mention.via === 'pronoun') gender.learn(source.id, clueOfPhrase(f.phrase), true);
      result[s.index].push({
        source: source.id,
        sentence: s.index,
        mention,
        cue: f.cue,
        content: f.content,
        channel,
        kind: f.kind,
      });
      // (a pronoun nobody was found for stands for no one later pronouns could mean)
      if (mention.via === 'unresolved') continue;
      // (nor does the writer's "I" or "we": "she asked the teenage me" is not the writer)
      if (isWritersPronoun(f.phrase)) continue;
      // (people in the plural are no one's "he" or "she": "his elderly parents said …", then "he said")
      // (nor a group a "they" stands for: "United fans … They have opposed …" is no later "he")
      if (source.type === 'person' && !(f.phrase.kind !== 'pronoun' && PLURAL_PEOPLE.test(f.phrase.name)) && !(f.phrase.kind === 'pronoun' && PRONOUNS_PLURAL.has(f.phrase.name))) {
        lastSpeaker = source;
        if (speakers[speakers.length - 1] !== source) speakers.push(source);
      }
      // (an outlet is "it", never "they": "…, BBC Scotland has learned. … they have warned" are the councils)
      if (((source.type !== 'person' && source.type !== 'media') || isGroup(f.phrase)) && f.phrase.start >= pluralAt) {
        lastPlural = source;
        pluralAt = f.phrase.start;
        lastPluralAt = f.phrase.end;
      }
      // ("it" stands for an organization, an outlet or a document, never for people, named or not:
      // "…,” it said after "Sony has said" is not the fans or analysts named before)
      if (source.type !== 'person' && source.type !== 'vague' && f.phrase.start >= bodyAt) {
        lastBody = source;
        bodyAt = f.phrase.start;
        lastBodyAt = f.phrase.start;
      }
    }
    // (the rest of a turn: "PENCE: Well, look, …. It’s serious business.")
    const turn = turns[s.index];
    const turnContent = turn >= 0 && turn !== s.index && turnOf[turn] ? spokenIn(s) : null;
    if (turnContent) result[s.index].push({ ...turnOf[turn]!, sentence: s.index, content: turnContent, kind: 'continued-quote' });
    // (a body the sentence opens with, for a later "it", unless a body speaks after it)
    previousSentence = s;
    const opening = bodyOpening(s.tokens, prose) ?? documentOpening(s.tokens, prose);
    if (opening && opening.start > lastBodyAt) openingBody = opening;
    // (after its attributions: "The Commission said the European Commission had …" is the one before)
    // ("The Observer Group" after "the Commonwealth Observer Group" is still the latter)
    for (const name of headed) for (const head of headsOf(name)) if (!namedBodies.get(head)?.endsWith(' ' + name)) namedBodies.set(head, name);
    let subjectFrom = 2;
    for (let k = 0; k < names.length; k++) {
      const p = names[k];
      // ("The Planning Minister didn't rule out …": the holder named before, not a new person)
      const holder = holderNamed(p, registry, /^the\s/i.test(p.text) || tokenAt(s.tokens, p.from - 1)?.lower === 'the');
      const m = holder ? registry.mention(holder, p, 'role', s.index) : registry.resolveName(p, s.index);
      const src = registry.sources[m.source];
      if (src.type === 'person' && (unquoted === names || unquoted.includes(p))) {
        recentPersons.push(src);
        // (not an object after a preposition: "Directed by John Carpenter, it made …")
        if (p.from > subjectFrom || p.kind !== 'name' || afterPreposition(s.tokens, p.from)) continue;
        // ("Sylvester Stallone's ex-wife Brigitte Nielsen nominated …": a possessive's name qualifies the
        // one a word or two after it, which is the subject; "Michael Howard's only fresh entry" has none)
        if (/['’]s$/.test(p.text) && names[k + 1] && names[k + 1].from <= p.to + 2) subjectFrom = p.to + 2;
        else subjects.push({ source: src, at: p.start, sentence: s.index });
      }
    }
    // ("Hill also worked with Carpenter …": a sentence opened by a surname alone has that person as subject)
    const surname = subjects[subjects.length - 1]?.sentence === s.index ? null : openingSurname(s.tokens, registry);
    if (surname) {
      const [src] = registry.sourceOf(surname);
      if (src.type === 'person') {
        recentPersons.push(src);
        subjects.push({ source: src, at: surname.start, sentence: s.index });
      }
    }
  }
  // ("Campbell: E-mail row 'silly fuss'", "Ali Riaz: CA Yunus plans to return …": the headline's
  // speaker is someone the article has speak; "Profile: David Blunkett", "World Spine Day: Promoting …"
  // name no one who speaks. Headings are no context for the sentences after them.)
  const spoke = headings.length ? new Set(result.flatMap((list) => list.map((a) => a.source))) : null;
  for (const s of headings) {
    for (const f of candidates[s.index].found) {
      if (f.phrase.kind !== 'name' || !registry.knowsPerson(f.phrase)) continue;
      const [source] = registry.sourceOf(f.phrase);
      if (!spoke!.has(source.id)) continue;
      const mention = registry.resolveName(f.phrase, s.index);
      result[s.index].push({ source: mention.source, sentence: s.index, mention, cue: f.cue, content: f.content, channel: null, kind: f.kind });
    }
  }
  return { attributions: result, sources: registry.sources };
}

/**
 * For an "it" nothing before the sentence stands for, a body the sentence has as a subject before
 * it: "UKIP won 12 seats … on the back of its call", "Electrolux saw its shares rise after it said",
 * and the firm whose shares moved: "Qantas shares fell after it warned", "Shares in Multiplex Group
 * … fell after it said". Not a name that only describes something else ("The US tycoon …, it has
 * confirmed", "the Blair-Brown rift with its claims"), nor one in an aside ("The new Indian
 * government, led by the Congress Party, … after it pledged"). A one-word name read as a person's
 * counts when nothing says it is one ("Electrolux").
 */
function bodyEarlierIn(tokens: Token[], at: number, prose: string, registry: SourceRegistry, gender: GenderEvidence): Source | null {
  for (let i = firstWordIndex(tokens); i < at; i++) {
    if (!isCapitalized(tokens[i])) continue;
    let j = i;
    while (j + 1 < at && isCapitalized(tokens[j + 1])) j++;
    const from = i;
    i = j;
    const next = tokens[j + 1];
    const subject = !!next && next.kind === 'word' && /^[a-z]/.test(next.text) && looksLikeVerb(next.text);
    const shares = SHARES.has(next?.lower ?? '') || (from >= 2 && tokens[from - 1].lower === 'in' && SHARES.has(tokens[from - 2].lower));
    if (!subject && !shares) continue;
    // ("Shares in UK pharmaceutical firm Phytopharm": the firm the description leads to, not its country)
    if (shares && next?.kind === 'word' && /^[a-z]/.test(next.text) && !SHARES.has(next.lower)) {
      let k = j + 1;
      while (k < at && k - j <= 4 && !isCapitalized(tokens[k])) k++;
      if (k >= at || !isCapitalized(tokens[k])) continue;
      j = k;
      while (j + 1 < at && isCapitalized(tokens[j + 1])) j++;
      i = j;
    }
    const p = phraseEndingAt(tokens, j, prose);
    if (!p || p.kind !== 'name' || (p.type === 'person' && (!!p.role || /\s/.test(p.name)))) continue;
    // (the registry is asked only about a name that may be the one: it keeps every name it is asked about)
    const [source] = registry.sourceOf(p);
    if (source.type !== 'person' && source.type !== 'vague') return source;
    return bodyNamedLikeAPerson(source, gender);
  }
  return null;
}

/**
 * The last speaker when "it" may stand for them: a one-word name with no role and nothing said of
 * its sex ("Yukos", "T-Mobile", "Softbank"), which the name reader could only guess was a person.
 */
function bodyNamedLikeAPerson(speaker: Source | null, gender: GenderEvidence): Source | null {
  return speaker && speaker.type === 'person' && !speaker.role && !/\s/.test(speaker.name) && !gender.knows(speaker.id) && speaker.mentions.every((m) => m.via === 'name') ? speaker : null;
}

/** A phrase that names people in the plural: a lower-case plural head ("his elderly parents", "the Williams sisters") or two joined by "and". */
const PLURAL_PEOPLE = /(?:^|\s)(?:and|&|[a-z]+[a-hj-rt-z]s)$|\s(?:and|&)\s/;
/** Members of a mission, by the stem of the body's name that sends them: "Observers" and "the … Observation Mission". */
const MISSION_MEMBERS = /^(?:the |its |the mission's )?(observers|monitors|inspectors)$/i;
const MISSION_STEMS: Record<string, string> = { observers: 'observ', monitors: 'monitor', inspectors: 'inspect' };
/** People as a group, whom a later "they" stands for: "Lawyers for the family", "Sanders and Clinton", "her aides", "MPs". */
const GROUP = /(?:^|\s)(?:and|[a-z]+[a-hj-rt-z]s|[A-Z]{2,4}s)(?=\s|$)|^[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)(?=\s|$)/;
const isGroup = (p: Phrase): boolean => p.kind !== 'pronoun' && GROUP.test(p.text);

function resolve(
  p: Phrase,
  sentence: number,
  tokens: Token[],
  registry: SourceRegistry,
  lastSpeaker: Source | null,
  lastPlural: Source | null,
  recentPersons: Source[],
  names: Phrase[],
  speakers: Source[],
  subjects: Subject[],
  namedBodies: Map<string, string>,
): Mention | null {
  if (p.kind === 'pronoun') {
    if (isWritersPronoun(p)) return registry.resolveName({ ...p, name: p.name === 'i' ? 'the writer' : 'we (the writers)' }, sentence);
    // ("Hillary Clinton isn’t rattled …, she said" opening an article: the person named last before
    // the pronoun in its own sentence, when no one was named before)
    const person = p.name === 'he' || p.name === 'she';
    if (person && !lastSpeaker && !recentPersons.length) {
      let named: Phrase | undefined;
      for (const n of names) if (n.end <= p.start) named = n;
      if (named) return registry.mention(registry.sourceOf(named)[0], p, 'pronoun', sentence);
    }
    // ("Some of them want …" after "Sun said it had interest from customers": a share is of people, not of one body)
    const share = p.to - p.from > 1 && p.name === 'they';
    const target = (PRONOUNS_PLURAL.has(p.name) || p.name === 'it') && !(share && lastPlural?.type !== 'vague' && lastPlural?.type !== 'person') ? lastPlural : person ? personFor(p, sentence, tokens, names, registry, lastSpeaker, speakers, recentPersons, subjects) : null;
    // Nobody compatible spoke or was named before: the sentence still says it is someone's, and the
    // hover says whose we could not tell, rather than calling the claim unattributed.
    return target ? registry.mention(target, p, 'pronoun', sentence) : registry.unresolvedPronoun(p, sentence);
  }
  if (p.kind === 'role' && !p.role) {
    // ("A spokesman said", "a Foreign Office spokesman": someone new, not the spokesman named before)
    const target = INDEFINITE.test(p.text) ? undefined : registry.findByRole(p.name);
    if (target) return registry.mention(target, p, 'role', sentence);
    // nobody named holds the role yet: the source is the role as written ("prime minister")
    return registry.resolveName({ ...p, name: withoutDashedAside(p.text).replace(/^(the|a|an|his|her|their|its)\s+/i, '') }, sentence);
  }
  const holder = holderNamed(p, registry);
  if (holder) return registry.mention(holder, p, 'role', sentence);
  const described = (p.kind === 'role' || (p.kind === 'name' && p.type === 'person')) && /^the\s/i.test(p.text) ? epithetFor(p, sentence, subjects[subjects.length - 1]?.source ?? null) ?? epithetFor(p, sentence, lastSpeaker) : null;
  if (described) return registry.mention(described, p, 'role', sentence);
  // ("Observers noted …" after "the EU Election Observation Mission" spoke: the mission's observers)
  const members = p.kind === 'vague' ? MISSION_MEMBERS.exec(p.text) : null;
  if (members) {
    const mission = registry.missionNamed(MISSION_STEMS[members[1].toLowerCase()]);
    if (mission) return registry.mention(mission, p, 'role', sentence);
  }
  // ("Analysts at Citigroup said", "researchers from Leeds University warned": the firm or institution
  // whose experts they are is named, and its work can be checked)
  const body = p.kind === 'vague' ? EXPERTS_AT_BODY.exec(p.text.charAt(0).toLowerCase() + p.text.slice(1)) : null;
  if (body) return registry.resolveName({ ...p, kind: 'name', name: body[2], type: 'organization', role: body[1] }, sentence);
  // ("according to CEA analysts", "Intel researchers said": an acronym, or a body the article has
  // named, before the experts' noun is their firm; not "Market analysts", "US economists")
  const firm = p.kind === 'vague' ? BODY_EXPERTS.exec(p.text) : null;
  if (firm && ((/^\p{Lu}{2,6}$/u.test(firm[1]) && !COUNTRY_ACRONYMS.has(firm[1])) || registry.bodyNamed(firm[1]))) return registry.resolveName({ ...p, kind: 'name', name: firm[1], type: 'organization', role: firm[2] }, sentence);
  if (p.kind === 'vague' || p.kind === 'document') return registry.resolveVague(p, sentence);
  // ("the paper said" after "The Observer reported": the outlet named last, by a name of its own)
  if (p.kind === 'name' && p.type === 'media' && /^[Tt]he\s+(?:paper|newspaper|tabloid|broadsheet|magazine)$/.test(p.text)) {
    const outlet = registry.latestNamedOutlet();
    if (outlet) return registry.mention(outlet, p, 'role', sentence);
  }
  // ("the Group" after "the Commonwealth Observer Group", "The Commission" after "the Election
  // Commission", "The Observer Group" after the Commonwealth one: a body named again by its head
  // word, capitalised as in its name, or by the end of its name)
  if (p.kind === 'name' && p.type === 'organization' && /^[Tt]he\s/.test(p.text)) {
    const head = lastWord(p.name).toLowerCase();
    const full = isKindHead(head) ? namedBodies.get(head) : undefined;
    if (full && full !== p.name && (/^\p{L}\p{Ll}+$/u.test(p.name) || full.endsWith(' ' + p.name))) return registry.mention(registry.sourceOf({ ...p, name: full, type: 'organization', role: undefined })[0], p, 'role', sentence);
  }
  return registry.resolveName(p, sentence);
}

/**
 * "Ferguson believes … The United boss said …", "The 41-year-old chart-topper said …": a description
 * of one person with a word of its own before the noun ("United", "41-year-old") is the one named at
 * the opening of this sentence or the one before, else the one who spoke there, when that is someone
 * named by name. Not a bare "the
 * ambassador", who may be someone else the article met, nor a description that names another's
 * side ("the United boss" after "Arsenal boss Arsene Wenger").
 */
function epithetFor(p: Phrase, sentence: number, speaker: Source | null): Source | null {
  const words = p.text.split(/\s+/);
  const head = words[words.length - 1];
  if (!speaker || speaker.type !== 'person' || words.length < 3 || !PERSON_HEAD.test(head)) return null;
  // ("The rapper's spokesperson", "The Iraqi families' lawyer": someone who speaks for the one before;
  // "The office of the national financial prosecutor", "The site hosting …": a body or a thing)
  if (words.some((w) => w === 'of' || /ing$/.test(w) || (/['’]s?$/.test(w) && headType(w.replace(/['’]s?$/, '')) === 'person' && !ORG_WORDS.has(w.replace(/['’]s?$/, ''))))) return null;
  if (speaker.mentions[speaker.mentions.length - 1].sentence < sentence - 1) return null;
  const names = speaker.name.split(/\s+/);
  // (someone named by name, not a role the article wrote as a name: "the Chief Adviser")
  if (names.length < 2 || !/^\p{Lu}/u.test(speaker.name) || names.every((w) => TITLE_WORDS.has(w.toLowerCase())) || !speaker.mentions.some((m) => m.via === 'name')) return null;
  // (a role the article gave them says which trade they are in: "Balco boss Victor Conte" is no
  // "gold medallist", "Arsenal boss Arsene Wenger" no "United boss")
  const held = speaker.role?.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
  if (held && PERSON_HEAD.test(held[held.length - 1])) {
    if (TRADE[held[held.length - 1]] !== TRADE[head] && held[held.length - 1] !== head) return null;
    if (held.length > 1 && !words.slice(1, -1).some((w) => held.includes(w.toLowerCase()))) return null;
  }
  return speaker;
}
/** Words for one trade, by their first word: "skipper" is a captain, "boss" a manager. */
const TRADE: Record<string, string> = Object.fromEntries(
  ['captain skipper', 'manager boss coach', 'star singer actor actress musician rapper artist', 'champion medallist winner holder runner', 'expert scientist researcher analyst economist', 'adviser advisor']
    .flatMap((line) => line.split(' ').map((w) => [w, line.split(' ')[0]])),
);
/** Nouns that name one person by what they do or are. */
const PERSON_HEAD =
  /^(?:boss|manager|coach|skipper|captain|striker|defender|midfielder|goalkeeper|winger|player|champion|medallist|runner|star|singer|actor|actress|director|producer|writer|author|novelist|host|presenter|comedian|rapper|musician|artist|designer|chef|editor|journalist|minister|secretary|chancellor|adviser|advisor|spokesman|spokeswoman|president|chairman|chairwoman|leader|mp|mep|senator|governor|mayor|ambassador|envoy|lawyer|judge|expert|economist|analyst|researcher|scientist|professor|teacher|doctor|founder|veteran|campaigner|activist|observer|officer|official|chief|executive|investor|entrepreneur|businessman|businesswoman|tycoon|magnate|mogul|meteorologist|diplomat|general|commander|peer|lord|winner|holder|debutant)$/;

const EXPERTS_AT_BODY = new RegExp(
  String.raw`^(?:the |some |several |two |three )?((?:[a-z-]+ )?(?:${EXPERT_HEADS}))(?: at| from| with) (?:the )?(\p{Lu}[\p{L}&.'’-]*(?: (?:of |for |& |and )?\p{Lu}[\p{L}&.'’-]*)*(?: \(\p{Lu}+\))?)$`,
  'u',
);
const INDEFINITE = /^(?:a|an|another|one)\s/i;
const BODY_EXPERTS = new RegExp(String.raw`^(?:[Tt]he )?(\p{Lu}[\p{L}&-]*) (${EXPERT_HEADS})$`, 'u');
const COUNTRY_ACRONYMS = new Set(['US', 'UK', 'USA', 'UAE', 'EU', 'UN']);

/**
 * Whom "he" or "she" stands for: the last speaker, else the last person named. When what the article
 * says of that person rules them out ("she said" after "Mr Prater … he continued"): the person who
 * opens the pronoun's own sentence, if they fit ("Germaine Greer quit … over what she called"); else
 * the latest person the article has shown to fit; else the latest speaker not ruled out whose name
 * reads as a person's, as "Stanley Leisure" may be a body's; else nobody, which the hover says
 * rather than guess.
 */
function personFor(p: Phrase, sentence: number, tokens: Token[], names: Phrase[], registry: SourceRegistry, lastSpeaker: Source | null, speakers: Source[], recentPersons: Source[], subjects: Subject[]): Source | null {
  const gender = registry.gender;
  const g: Gender = p.name === 'he' ? 'male' : 'female';
  // ("O'Leary has been in talks over a new deal and he said": the subject of the clause the pronoun's joins)
  const own = coordinatedSubject(p, tokens, names, registry, g);
  if (own) return own;
  // ("Ljubicic was at a loss to explain his first set. '…,' he said": the subject of the sentence just
  // before, named since the last speaker spoke, is whom the pronoun continues with)
  const previous = subjects[subjects.length - 1];
  if (lastSpeaker && previous && previous.source !== lastSpeaker && previous.sentence === sentence - 1 && previous.at > lastMentionAt(lastSpeaker) && gender.fits(previous.source.id, g)) return previous.source;
  const first = lastSpeaker ?? subjectOverObject(recentPersons, subjects, (s) => gender.fits(s.id, g));
  if (!first) return null;
  if (gender.fits(first.id, g)) {
    // ("… he said. Professor Angela MacFarlane … has spent years researching …, she found": a
    // speaker already called the other sex gives way to a person who fits and has since opened a sentence)
    if (first !== lastSpeaker || !gender.leansAgainst(first.id, g)) return first;
    const since = lastMentionAt(first);
    for (let i = subjects.length - 1; i >= 0 && subjects[i].at > since; i--) if (gender.fits(subjects[i].source.id, g)) return subjects[i].source;
    return first;
  }
  for (const n of names) {
    // (the sentence's subject only: "During an interview on ITV1's This Morning she said" is not the show's)
    if (n.end > p.start || n.from > 2) break;
    if (n.type !== 'person' || n.kind !== 'name') continue;
    const [s] = registry.sourceOf(n);
    if (s.type === 'person' && gender.fits(s.id, g)) return s;
  }
  return latest([speakers, recentPersons], (s) => gender.is(s.id, g)) ?? latest([speakers], (s) => gender.fits(s.id, g) && PERSONAL_NAME.test(s.name));
}

const PERSONAL_NAME = /^(?!The )\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * "The MP", "the BNP Chairman", "The actor": a role or occupation alone after "the" is whoever holds
 * it, named before ("Labour MP Oona King", "Actor Keanu Reeves"); "the West Bengal Chief Minister": a
 * capitalised role, its body with it; "The United boss": a description of one person with a word of
 * its own, ending in a lower-case noun. Null when no one named holds it.
 */
function holderNamed(p: Phrase, registry: SourceRegistry, afterThe = /^the\s/i.test(p.text)): Source | null {
  if (!(p.kind === 'role' || (p.kind === 'name' && p.type === 'person' && (/^[a-z]+$/.test(p.name) || TITLE_WORDS.has(lastWord(p.name).toLowerCase())))) || !afterThe) return null;
  return registry.holderOf(p.name) ?? null;
}

const lastMentionAt = (s: Source): number => (s.mentions.length ? s.mentions[s.mentions.length - 1].start : -1);

/** Of the last dozen sources in each list that pass the test, the one mentioned last. */
function latest(lists: Source[][], ok: (s: Source) => boolean): Source | null {
  let best: Source | null = null;
  let bestAt = -1;
  for (const list of lists) {
    for (let i = list.length - 1; i >= 0 && list.length - i <= 12; i--) {
      const s = list[i];
      const at = lastMentionAt(s);
      if (at > bestAt && ok(s)) {
        best = s;
        bestAt = at;
      }
    }
  }
  return best;
}

/** Whether only spaces and tabs come before `start` in the document: its first line. */
function firstLine(prose: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (prose[i] !== ' ' && prose[i] !== '\t') return false;
  return true;
}

/** The study a sentence reports from by its opening or closing ("In a CNN/ORC poll, …", "… in the latest Gallup survey."), if any. */
function studyReportedIn(found: SentenceCandidates['found']): Phrase | null {
  for (const f of found) if (f.kind === 'according-to' && f.phrase.type === 'document' && f.cue.text.toLowerCase() === 'in') return f.phrase;
  return null;
}
