// A source read after its cue ("said Jim Clyburn, a Democratic congressman …"), the person a role
// there names ("said Virginia delegate Beau Correll"), and the aside a participle's subject keeps
// ("Huma Abedin, vice chairwoman for …, emailed …, telling"). The subject before its cue is
// widened in source-extent.ts, whose phrase readings these share.
import { phraseStartingAt } from './phrase-start';
import { copyPhrase, isCapitalized, type Phrase } from './mentions';
import { EXPERT_HEADS, STOPWORDS, TITLE_WORDS } from './lexicon';
import { abbreviationStop, describes, FINITE, isAppositive, isRelative, isRoleNoun, lower, NAME_LINK, POSTMODIFIER, spanned, SUPERLATIVE } from './source-extent';
import type { Token } from './types';

/**
 * "said another leading Supreme Court advocate, Andrew J. Pincus of …": a role after the cue whose
 * holder the next comma names is that person, the role theirs (subject-asides' namedInAside reads
 * the same before the cue).
 */
function holderAfterRole(p: Phrase, t: Token[], prose: string): Phrase {
  if (p.kind === 'pronoun' || t[p.to]?.text !== ',' || !isCapitalized(t[p.to + 1])) return p;
  // ("said Officer-in-Charge of Chapainawabganj Sadar Police Station, Nur-e-Alam": a title opening a
  // body's name is a role too, whatever the body makes the phrase)
  const titled = TITLE_WORDS.has(t[p.from].lower.split('-')[0]);
  if (!titled && (p.type !== 'person' || !/\b[a-z]{3,}/.test(p.text.replace(/^(the|a|an|another|one)\s+/i, '')))) return p;
  const named = phraseStartingAt(t, p.to + 1, prose);
  // (a full name: two words, or one hyphenated of two capitalised parts)
  if (!named || named.kind !== 'name' || named.type !== 'person' || named.from !== p.to + 1 || (named.to - named.from < 2 && !/\p{Lu}.*-\p{Lu}/u.test(named.text))) return p;
  // (the name closes the clause or is qualified: not "said the spokesman, Washington Post reporters …")
  const after = t[named.to];
  if (after && !(after.kind === 'punct' || /^(of|from|at|who|whose)$/.test(after.lower))) return p;
  const role = prose.slice(p.start, p.end).replace(/^(the|a|an|another|one)\s+/i, '');
  return copyPhrase(named, { from: p.from, start: p.start, text: prose.slice(p.start, named.end), role });
}

/**
 * "said Virginia delegate Beau Correll", "according to Q magazine editor Paul Rees": a place, party
 * or outlet, a role in lower case, then the person named, who is the source; else the phrase.
 */
export function personAfterRole(p: Phrase, t: Token[], prose: string): Phrase {
  if (p.kind !== 'name' || t[p.to]?.kind !== 'word' || !/^[a-z]/.test(t[p.to].text)) return p;
  let j = p.to;
  while (j < t.length && j - p.to < 3 && t[j].kind === 'word' && /^[a-z-]+$/.test(t[j].text) && !STOPWORDS.has(t[j].lower) && !isRoleNoun(t[j])) j++;
  const name = isRoleNoun(t[j]) && isCapitalized(t[j + 1]) ? phraseStartingAt(t, j + 1, prose) : null;
  return name && name.kind === 'name' && name.type === 'person' ? copyPhrase(spanned(name, t, p.from, name.to, prose), { role: prose.slice(p.start, t[j].end) }) : p;
}

/**
 * A source after its cue ("said Jim Clyburn, a Democratic congressman …"), with its appositives and
 * relative clauses, one after another ("Dean Baker, co-director of the Center for …, a liberal think tank").
 */
const EXPERTS = new RegExp(`^(?:${EXPERT_HEADS})$`);

/**
 * Where the capitalised name of a body after the link at `link` ("of the National Retail Federation",
 * "from Citigroup Smith Barney") ends, past "the" and the name's own links; `link` when none follows.
 * A person's affiliation reads past abbreviations too ("of Standard & Poor's Corp.").
 */
function bodyAfterLink(t: Token[], link: number, abbreviations: boolean): number {
  let j = link + 1;
  if (lower(t[j]) === 'the') j++;
  const from = j;
  while (j < t.length && (isCapitalized(t[j]) || (NAME_LINK.has(lower(t[j])) && isCapitalized(t[j + 1])) || (abbreviations && abbreviationStop(t, j)))) j++;
  return j > from ? j : link;
}

export function widenInverted(p: Phrase, t: Token[], prose: string): Phrase {
  p = holderAfterRole(personAfterRole(p, t, prose), t, prose);
  let to = p.to;
  if (p.kind === 'name' && p.type === 'person') {
    // "said Sen. Chris Murphy (D-Conn.)": the party bracket
    if (t[to]?.text === '(') {
      let j = to + 1;
      while (j < t.length && j - to < 8 && t[j].text !== ')' && t[j].text !== '(') j++;
      if (t[j]?.text === ')') to = j + 1;
    }
    // "said David French of the National Retail Federation": where the person is from
    if (POSTMODIFIER.has(lower(t[to])) || lower(t[to]) === 'of') to = bodyAfterLink(t, to, true);
  }
  // ("wrote analysts from Citigroup Smith Barney", "said economists at the IMF": the firm they work at)
  if (p.kind === 'vague' && EXPERTS.test(lower(t[to - 1])) && /^(at|from|with)$/.test(lower(t[to]))) to = bodyAfterLink(t, to, false);
  while (p.kind !== 'pronoun' && t[to]?.text === ',' && (isAppositive(t, to + 1) || isRelative(t, to + 1) || describes(t, to + 1, to === p.to)) && !(to === p.to && isCapitalized(t[to + 1]) && !describes(t, to + 1, true))) {
    let end = to + 1;
    // (only a relative clause has a verb of its own: "say analysts, the failure of talks … has not
    // led …" is the reported clause, not an appositive; nor does a superlative describe the
    // speaker: "said the report, the highest total sold to date")
    // ("…, a superdelegate who has accused …": a verb after a relative pronoun is the clause's)
    let relative = isRelative(t, to + 1);
    if (t[to + 1]?.lower === 'the' && SUPERLATIVE.test(t[to + 2]?.lower ?? '')) break;
    let reports = false;
    while (end < t.length && (t[end].kind === 'word' || t[end].kind === 'number' || /^[-’'&]$/.test(t[end].text) || abbreviationStop(t, end))) {
      if (/^(who|whose|which|that|whom)$/.test(t[end].lower)) relative = true;
      else if (!relative && FINITE.has(t[end].lower)) reports = true;
      end++;
    }
    // ("Lewandowski, Trump's campaign said he …", "says Dr Paniccia, telecommunications equipment … is": a clause of its own)
    if (reports) break;
    to = end;
  }
  return to === p.to ? p : spanned(p, t, p.from, to, prose);
}

/**
 * The subject a participle hangs on, read by clauseSubject, with the aside that follows it when the
 * aside describes it: "Huma Abedin, vice chairwoman for Clinton’s campaign, emailed …, telling",
 * "Republicans, who hold a majority, have blocked …, saying".
 */
export function withAside(p: Phrase, t: Token[], prose: string): Phrase {
  if (p.kind === 'pronoun' || t[p.to]?.text !== ',' || !(isAppositive(t, p.to + 1) || isRelative(t, p.to + 1) || describes(t, p.to + 1, true) || lower(t[p.to + 1]) === 'including')) return p;
  let j = p.to + 1;
  while (j < t.length && j - p.to < 25 && t[j].text !== ',') j++;
  return t[j]?.text === ',' ? spanned(p, t, p.from, j, prose) : p;
}
