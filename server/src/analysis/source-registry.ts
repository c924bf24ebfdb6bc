// The source registry: one canonical source per person, outlet or group in a document; later
// short mentions (surname, role, pronoun) fold into it.
import { clueOfPhrase, GenderEvidence, type Gender } from './gender';
import { collapseSpaces } from './letters';
import { appositiveBody, appositiveRole, COURTESY_TITLE, isFirmKindWord, PERSON_NOUN, RELATIVE_PRONOUN, ROLE_LINKS } from './name-types';
import { COUNTRIES, KNOWN_BODIES, NATIONALITIES, ORG_WORDS, TITLE_WORDS } from './lexicon';
import { detached } from '../util/strings';
import type { Phrase } from './mentions';
import type { Mention, Source } from './types';

/** A person's name in capitalised words, initials and name particles, no possessive: "NM Wasim Firoz", "Simon Le Bon", "Theo van Gogh". */
const CAPITALISED_NAME = /^(?:(?:\p{Lu}{1,4}\.?|(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*|van|von|de|da|der|den|di|du|la|le|bin|al|el|ul|dos|das)(?:\s+|$))+$/u;
/** Whether no word of a name is a title's: "French Culture Minister Renaud Donnedieu de Vabres" is a name the title was not read off. */
const untitled = (key: string): boolean => key.split(' ').every((w) => !TITLE_WORDS.has(w));
/** Whether the words a fuller name adds could be a name's ("nm", "simon"), not an adverb, a nationality or people ("recently", "actors"). */
const namesOnly = (extra: string): boolean => extra.trim().split(' ').every((w) => !/ly$/.test(w) && !NATIONALITIES.has(w) && !ORG_WORDS.has(w) && !(w.endsWith('s') && PERSON_NOUN.test(w)));

/** One canonical source per person, outlet or group; later short mentions fold into it. */
export class SourceRegistry {
  readonly sources: Source[] = [];
  private byKey = new Map<string, Source>();
  /** The person sources by last word of their name, first named first: what a later bare surname refers to (an array only for namesakes, rare). */
  private bySurname = new Map<string, Source | Source[]>();
  /** The person sources by first word of a name of two or more words, null where two share it: "Tarique" after "Tarique Rahman". */
  private byFirstName = new Map<string, Source | null>();
  /** What the document says of each person's sex ("Mr", "spokeswoman", the pronouns resolved to them). */
  readonly gender = new GenderEvidence();

  resolveName(p: Phrase, sentence: number): Mention {
    const [source, via] = this.sourceOf(p);
    return this.mention(source, p, via, sentence);
  }

  /**
   * Whether a person of this name is already known, by full name, surname or first name, without
   * making a source: a headline's "Campbell:" is a speaker only if the article names Campbell.
   */
  /** knowsPerson for one word in lower case, with no phrase made: "Hill" after "Debra Hill" (a possessive "Hill's" is no subject). */
  knowsPersonWord(word: string): boolean {
    const known = this.byKey.get(word);
    if (known) return known.type === 'person';
    return this.bySurname.has(word) || !!this.firstNameOf(word);
  }

  knowsPerson(p: Phrase): boolean {
    const key = canonicalKey(p.name);
    const known = this.byKey.get(key);
    if (known) return known.type === 'person';
    if (key.includes(' ')) return !!this.fullerOrShorter(p.name, key, undefined);
    return this.bySurname.has(key) || !!this.firstNameOf(key);
  }

  /**
   * The source a name refers to, made on first sight; no mention is recorded. A title that the
   * source's known sex rules out makes it someone else: "Mrs Howard" after "Mr Howard", "Mr.
   * Clinton" after "Mrs. Clinton" (a spouse), and a bare surname goes to the person of that name
   * the title fits.
   */
  sourceOf(p: Phrase): [Source, Mention['via']] {
    const key = canonicalKey(p.name);
    const clue = p.type === 'person' ? clueOfPhrase(p) : undefined;
    const sex = clue?.title ? clue.gender : undefined;
    const keyed = this.byKey.get(key);
    let source = keyed;
    let via: Mention['via'] = 'name';
    if (source && sex && !this.gender.statedFits(source.id, sex)) source = this.byKey.get(`${key}|${sex}`);
    // ("ASP Wasim Firoz" after "NM Wasim Firoz", "Md. Sohel Rana" after "Sohel Rana": a full name
    // with or without the initials or honorific before it)
    if (!source && p.type === 'person' && key.includes(' ')) source = this.fullerOrShorter(p.name, key, sex);
    if (!source && p.type === 'person' && !key.includes(' ')) {
      source = this.bySurnameFitting(key, sex);
      if (source) via = 'surname';
      // (South Asian and sports copy name people again by their first name: "Tarique said", "Serena denied")
      else if (!sex) {
        source = this.firstNameOf(key);
        if (source) via = 'first-name';
        // ("Nortel" after "Nortel Networks": a firm by its own name without the kind of firm)
        else source = this.bodyByFirstWord(key);
      }
    }
    // ("Wales said" after "Jimmy Wales", "Apple" after "Fiona Apple": a country's or known body's name that is the surname of someone named before)
    if (!source && p.type === 'organization' && !key.includes(' ') && (COUNTRIES.has(key) || KNOWN_BODIES.has(key))) {
      source = this.bySurnameFitting(key, sex);
      if (source) via = 'surname';
    }
    if (!source) {
      // ("Wal-Mart, the largest US retailer, said": a one-word name the appositive shows is a firm's)
      const shown = p.type === 'person' && !key.includes(' ') && !p.role && !clue ? this.bodyKeys.get(key) : undefined;
      const type = p.type === 'person' && !key.includes(' ') ? appositiveBody(p.text) ?? (shown !== undefined ? 'organization' : p.type) : p.type;
      // ("Cairn said" after "Cairn Energy has …": the firm by its full name)
      source = { id: this.sources.length, name: shown ?? p.name, type, mentions: [] };
      this.sources.push(source);
      // (a namesake of the other sex keeps the plain key for the first one)
      this.byKey.set(keyed && sex ? `${key}|${sex}` : key, source);
      const role = roleOf(p, source);
      if (role) this.setRole(source, role, role !== p.role);
      if (source.type === 'person') {
        const surname = lastWord(source.name).toLowerCase();
        const named = this.bySurname.get(surname);
        if (named === undefined) this.bySurname.set(surname, source);
        else if (Array.isArray(named)) named.push(source);
        else this.bySurname.set(surname, [named, source]);
      }
    } else if (!source.role) {
      const role = roleOf(p, source);
      if (role) this.setRole(source, role, role !== p.role);
    } else if (hasAside(p) && source.type === 'person' && COURTESY_TITLE.test(source.role)) {
      // (a courtesy title gives way to a role in apposition only: not to "Flight International's Mr")
      const role = appositiveRole(p.text, p.name);
      if (role) this.setRole(source, role, true);
    }
    if (source.type === 'person') this.gender.learn(source.id, clue, false);
    return [source, via];
  }

  /** The one body named in full whose first word is `first` and whose other words only say what kind of firm it is. */
  private bodyByFirstWord(first: string): Source | undefined {
    for (; this.bodiesIndexed < this.sources.length; this.bodiesIndexed++) {
      const s = this.sources[this.bodiesIndexed];
      if (s.type !== 'organization' || !/\s/.test(s.name)) continue;
      const words = s.name.toLowerCase().split(/\s+/);
      if (!words.slice(1).every(isFirmKindWord)) continue;
      this.byFirstWord.set(words[0], this.byFirstWord.has(words[0]) ? null : s);
    }
    return this.byFirstWord.get(first) ?? undefined;
  }
  private bodiesIndexed = 0;
  private byFirstWord = new Map<string, Source | null>();

  /**
   * The one person named in full whose first word is `first`. The index is brought up to date only
   * here, as a bare name that is no one's surname is rare and every person the registry meets is not.
   */
  private firstNameOf(first: string): Source | undefined {
    for (; this.firstNamesIndexed < this.sources.length; this.firstNamesIndexed++) {
      const s = this.sources[this.firstNamesIndexed];
      if (s.type !== 'person' || !personalName(s.name)) continue;
      const last = lastWord(s.name).toLowerCase();
      const word = firstWord(s.name).toLowerCase();
      // (not a product, event, law or role: "Microsoft Word", "Children Act", "Commonwealth
      // Secretary-General"; nor a nationality: "Belgian Open")
      if (NOT_PERSONAL_LAST.has(last) || TITLE_WORDS.has(last) || (last.includes('-') && last.split('-').some((w) => TITLE_WORDS.has(w))) || NATIONALITIES.has(word)) continue;
      this.byFirstName.set(word, this.byFirstName.has(word) ? null : s);
    }
    return this.byFirstName.get(first) ?? undefined;
  }
  private firstNamesIndexed = 0;

  /** The person named in two words or more whose name ends with all of `key`'s words, or whose words end `key`. */
  private fullerOrShorter(name: string, key: string, sex: Gender | undefined): Source | undefined {
    const named = this.bySurname.get(lastWord(key));
    if (named === undefined || !CAPITALISED_NAME.test(name)) return undefined;
    for (const s of Array.isArray(named) ? named : [named]) {
      const other = canonicalKey(s.name);
      const [shorter, longer] = other.length < key.length ? [other, key] : [key, other];
      if (shorter.includes(' ') && longer.endsWith(' ' + shorter) && CAPITALISED_NAME.test(s.name) && untitled(longer) && namesOnly(longer.slice(0, longer.length - shorter.length)) && (!sex || this.gender.statedFits(s.id, sex))) return s;
    }
    return undefined;
  }

  /** The person a bare surname refers to: the first of that name, or, after a title, the first the title's sex fits. */
  private bySurnameFitting(surname: string, sex: Gender | undefined): Source | undefined {
    const named = this.bySurname.get(surname);
    if (named === undefined) return undefined;
    if (!Array.isArray(named)) return !sex || this.gender.statedFits(named.id, sex) ? named : undefined;
    if (!sex) return named[0];
    return named.find((s) => this.gender.is(s.id, sex)) ?? named.find((s) => this.gender.statedFits(s.id, sex));
  }

  /**
   * A pronoun with no antecedent ("It added …", "They claim …"): one source per pronoun, named as
   * written in lower case, an organization for "it" and people otherwise.
   */
  unresolvedPronoun(p: Phrase, sentence: number): Mention {
    const name = p.text.toLowerCase();
    const key = 'pronoun:' + name;
    let source = this.byKey.get(key);
    if (!source) {
      source = { id: this.sources.length, name, type: p.name === 'it' ? 'organization' : 'person', mentions: [] };
      this.sources.push(source);
      this.byKey.set(key, source);
    }
    return this.mention(source, p, 'unresolved', sentence);
  }

  /** Vague groups are kept per phrase ("Indian officials" and "officials" stay apart). */
  resolveVague(p: Phrase, sentence: number): Mention {
    // ("fans and critics, who said …": the group the relative pronoun stands for, not "who")
    // ("families of victims, many of whom say": the share's group too)
    const source = this.documentSource(RELATIVE_PRONOUN.test(p.text) || RELATIVE_SHARE.test(p.text) ? { ...p, text: p.name } : p);
    return this.mention(source, p, p.kind === 'document' ? 'name' : 'vague', sentence);
  }

  /** The source of a vague or document phrase, one per text ("Indian officials" and "officials" stay apart), without a mention of it. */
  documentSource(p: Phrase): Source {
    // ("some of the officials", "many of the critics": the group, not "of the officials")
    const name = withoutDashedAside(p.text).replace(/^(?:(?:some|many|most|several|all|both|each|none|few|one|two|three|four|five)\s+of\s+(?:the|those)|the|some|a|an)\s+/i, '');
    const key = 'vague:' + name.toLowerCase();
    let source = this.byKey.get(key);
    if (!source) {
      source = { id: this.sources.length, name, type: p.type, mentions: [] };
      this.sources.push(source);
      this.byKey.set(key, source);
    }
    return source;
  }

  mention(source: Source, p: Phrase, via: Mention['via'], sentence: number): Mention {
    const m: Mention = { start: p.start, end: p.end, text: p.text, source: source.id, via, sentence };
    source.mentions.push(m);
    if (source.type === 'media' && /^\p{Lu}/u.test(source.name)) this.lastOutlet = source;
    return m;
  }

  /** "the minister": the latest source (by creation) whose role contains the word. */
  findByRole(roleWord: string): Source | undefined {
    return this.byRoleWord.get(roleWord);
  }

  /** The person whose role has every word of `role` ("MP" in "Labour MP", "BNP chairman" in "BNP Chairman"), latest first. */
  holderOf(role: string): Source | undefined {
    // (not an acronym that only looks like a title: "The SEC said")
    // (South Asian police and civil titles are: "the OC said", "the ASP added")
    if (/^\p{Lu}{2,}$/u.test(role) && !/^(?:MP|MEP|MSP|MLA|CEO|CFO|COO|OC|ASP|ASI|DIG|IGP|UNO)$/.test(role)) return undefined;
    const words = role.toLowerCase().split(/\s+/).filter(Boolean);
    const source = words.length ? this.byRoleWord.get(words[words.length - 1]) : undefined;
    // (nor an owner: "the Chief Adviser’s Press Wing" holds no role of chief adviser)
    if (!source?.role || source.type !== 'person' || /['’]s$/.test(source.role)) return undefined;
    // (the role's head is the held role's: "the Chief Adviser" is not "Chief Adviser’s Press Wing")
    const held = source.role.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    // (a role "of" its body has its head before the link: "Officer-in-Charge of … Police Station" is "the OC")
    const link = held.findIndex((w, i) => i > 0 && ROLE_LINKS.has(w));
    const heads = link > 0 ? [held[held.length - 1], held[link - 1]] : [held[held.length - 1]];
    if (heads.includes('officer-in-charge')) {
      held.push('oc');
      heads.push('oc');
    }
    return heads.includes(words[words.length - 1]) && words.every((w) => held.includes(w)) ? source : undefined;
  }

  /**
   * The source of a one-word name a sentence shows is a body's ("Microsoft's shares"), if the article
   * has named it; if not yet, a person source it names by that name later is made a body from the start.
   */
  shownBody(name: string): Source | undefined {
    const space = name.indexOf(' ');
    // ("Nortel Networks": its first word alone names the firm from now on)
    if (space > 0) {
      const first = canonicalKey(name.slice(0, space));
      if (!this.byKey.has(first) && !this.bodyKeys.get(first)) this.bodyKeys.set(first, name);
      return this.byKey.get(first);
    }
    const key = canonicalKey(name);
    const s = this.byKey.get(key);
    if (!s && !this.bodyKeys.has(key)) this.bodyKeys.set(key, null);
    return s;
  }
  /** Keys of one-word names shown to be bodies before the article names them as a source, with the firm's full name where it gave one. */
  private bodyKeys = new Map<string, string | null>();

  /** The organization or outlet the article has named by exactly this name, if any ("Intel" before "Intel researchers"). */
  bodyNamed(name: string): Source | undefined {
    const s = this.byKey.get(canonicalKey(name));
    return s && (s.type === 'organization' || s.type === 'media') ? s : undefined;
  }

  /** The outlet the article mentioned last by a name of its own ("The Observer", "the Daily Mirror"): what "the paper" means. */
  latestNamedOutlet(): Source | undefined {
    return this.lastOutlet;
  }

  // (mentioned last, not met first last: after the FT, the Observer and the FT again, "the paper" is the FT)
  private lastOutlet: Source | undefined;

  /** The latest body the article names as a mission of observers, monitors or inspectors ("EU Election Observation Mission", "Commonwealth Observer Group"). */
  missionNamed(stem: string): Source | undefined {
    for (let i = this.sources.length - 1; i >= 0; i--) {
      const s = this.sources[i];
      if (s.type === 'organization' && s.name.toLowerCase().includes(stem) && MISSION_BODY.test(s.name)) return s;
    }
    return undefined;
  }

  private byRoleWord = new Map<string, Source>();

  /** A role in apposition is looked up by its head only: "friend of the Tory leader" is no Tory leader. */
  private setRole(source: Source, role: string, appositive = false): void {
    source.role = role;
    for (const word of role.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}.-]+/u)) {
      if (appositive && ROLE_LINKS.has(word)) break;
      if (!word) continue;
      // (an officer-in-charge of a police station is "the OC" after)
      for (const key of word === 'officer-in-charge' ? [word, 'oc'] : [word]) {
        const current = this.byRoleWord.get(key);
        if (!current || current.id < source.id) this.byRoleWord.set(key, source);
      }
    }
  }
}

/** The role a phrase gives its source: its title, or for a person one in apposition, which says more than a courtesy title. */
function roleOf(p: Phrase, source: Source): string | undefined {
  // (most mentions are the name alone, with no aside to read: a length check spares them the rest)
  if (source.type !== 'person' || !hasAside(p) || (p.role && !COURTESY_TITLE.test(p.role))) return p.role;
  return appositiveRole(p.text, p.name) ?? p.role;
}
const hasAside = (p: Phrase): boolean => p.text.length > p.name.length + 2;

/** The last word of a name, cut at the last whitespace (not split into words: this runs for every new person). */
export function lastWord(name: string): string {
  let i = name.length - 1;
  while (i >= 0 && name.charCodeAt(i) <= 32) i--;
  const end = i + 1;
  while (i >= 0 && name.charCodeAt(i) > 32 && name.charCodeAt(i) !== 160) i--;
  return name.slice(i + 1, end);
}

/**
 * Two or three capitalised words of two letters or more: a name a first name can stand for
 * ("Tarique Rahman", "Lycos Europe"; not "England A", "Creditors of South Korea"). Read by
 * character, as it runs for every person the registry meets.
 */
function personalName(name: string): boolean {
  let words = 0;
  let length = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (length < 2) return false;
      length = 0;
      continue;
    }
    if (length === 0) {
      words++;
      // (a capital opens each word: ASCII, or any letter that changes in lower case)
      const ch = name[i];
      if (!(c >= 65 && c <= 90) && (c < 128 || ch.toLowerCase() === ch)) return false;
    } else if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) return false;
    length++;
  }
  return length >= 2 && words >= 2 && words <= 3;
}
/** Last words that make a name a product, an event, a law or a role, not what its first word names: "Microsoft Word", "Belgian Open", "Children Act", "Microsoft Spokeswoman". */
const NOT_PERSONAL_LAST = new Set('word plus one open award awards act bill cup league connection series prize festival show games party online live edition day week spokesman spokeswoman spokesperson'.split(' '));

/** A body sent to observe: "EU Election Observation Mission", "Commonwealth Observer Group". */
const MISSION_BODY = /\b(?:Mission|Group|Team|Delegation|Commission|Panel)$/;

/** The first word of a name, up to its first whitespace. */
function firstWord(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) > 32 && name.charCodeAt(i) !== 160) i++;
  return name.slice(0, i);
}

/** A name as a key: lower case, without "the", one space between words; detached, as registries outlive edits. */
function canonicalKey(name: string): string {
  return detached(collapseSpaces(name.toLowerCase().replace(/^the\s+/, '')));
}

/**
 * A subject's text without the aside between dashes or commas its span runs over ("The Supreme Court
 * justice -- who has been … --", "An AP survey of superdelegates, who are influential …,").
 */
export const withoutDashedAside = (text: string): string => text.replace(/\s+(?:--|[—–-])\s.*$/s, '').replace(/,\s+(?:who|whose|which|the|a|an|[a-z]+ed)\s.*$/s, '');

/** A share of what a relative stands for: "many of whom", "most of which". */
const RELATIVE_SHARE = /^\w+ of (?:whom|which)$/i;
