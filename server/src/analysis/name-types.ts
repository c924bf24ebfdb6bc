// What kind of source a name or a head noun is: a person, an organization, a media outlet or a
// document. Asked of every phrase the attribution pass reads (mentions.ts), so set lookups only.
import { COUNTRIES, GOVERNMENT_METONYMS, KNOWN_BODIES, MEDIA_WORDS, ORG_WORDS, TITLE_WORDS, WEAK_MEDIA_WORDS } from './lexicon';
import type { SourceType } from './types';

export const DOCUMENT_HEADS = new Set('instalment installment chapter edition draft order ranking rankings report reports study survey statement document data poll polls polling filing lawsuit memo letter analysis census research figures records indictment complaint ruling results count article book video ad advertisement release transcript email emails tweet post documents investigation inquiry remarks testimony speech plan footage images pictures photographs photos recording recordings act treaty accord agreement constitution readout advert adverts ads graph graphs graphic slide slides infographic spreadsheet commentary editorial op-ed blog'.split(' '));
/** Documents only in lower case: "the statistics showed", but "the Office for National Statistics" is a body. */
const LOWER_DOCUMENT_HEADS = new Set('statistics findings estimates projections disclosures tallies studies surveys analyses'.split(' '));
/** Whether the word token heads a document phrase ("report", "statistics" in lower case). */
export const isDocumentHead = (tok: { text: string; lower: string }): boolean => DOCUMENT_HEADS.has(tok.lower) || (LOWER_DOCUMENT_HEADS.has(tok.lower) && tok.text.charCodeAt(0) >= 97);
/** A relative pronoun standing for the phrase before it: "the critics, who said". */
export const RELATIVE_PRONOUN = /^(who|which|that)$/i;
/** Endings of nouns for people: "official", "adviser", "activist", "spokeswoman". */
const PERSON_SUFFIX = /(?:man|woman|men|women|er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|eur|eurs)$/;
/** Nouns for people without those endings (one set lookup, not a second alternative in the hot expression). */
const PEOPLE_IN_ATE = new Set('advocate candidate delegate associate graduate magistrate laureate diplomat bureaucrat technocrat'.split(' ').flatMap((w) => [w, `${w}s`]));
/** Things that end like nouns for people, singular and plural ("the screensaver", "printers"), and comparatives ("a deeper truth"): never a speaker. */
const THINGS_IN_ER_SINGULAR = 'screensaver computer server printer router container center centre number order border letter paper matter water winter summer corner tower power marker filter poster trailer tractor motor sensor monitor processor reactor factor sector chamber quarter meter register chapter theater thriller sticker banner folder counter river dinner cancer finger barrier weather leather'.split(' ');
export const THINGS_IN_ER = new Set([
  ...THINGS_IN_ER_SINGULAR,
  ...THINGS_IN_ER_SINGULAR.map((w) => `${w}s`),
  ...'deeper greater bigger higher lower larger smaller wider broader stronger weaker longer shorter faster slower better earlier later further farther older younger newer harder easier clearer closer tougher richer poorer cheaper darker brighter sharper softer heavier lighter fewer deadlier wealthier healthier safer riskier bolder louder quieter calmer fairer firmer tighter looser warmer colder hotter cooler'.split(' '),
]);
export const PERSON_NOUN = { test: (w: string): boolean => (PERSON_SUFFIX.test(w) && !THINGS_IN_ER.has(w)) || PEOPLE_IN_ATE.has(w) };
/** Nouns for people with no ending that says so ("expert", "judge", "aide"). */
export const PERSON_WORDS = new Set(
  'host counsel aide member chief activist pundit star delegate boss hopeful mogul surrogate icon surgeon neurosurgeon pilot chef priest cleric monk coach tycoon magnate veteran scholar expert guru judge poet nominee rabbi imam attorney champion referee employee trustee detainee evacuee appointee retiree attendee trainee refugee devotee absentee escapee designee franchisee inductee invitee parolee returnee amputee'.split(' '),
);
/** The same, singular and plural. */
const PERSON_WORDS_ANY_NUMBER = new Set([...PERSON_WORDS].flatMap((w) => [w, w.endsWith('s') ? `${w}es` : `${w}s`]));
/** People named by their tie to someone: "her friend said", "his family says". */
export const RELATION_NOUNS = new Set('friend friends family wife husband son sons daughter daughters brother brothers sister sisters mother father parents relatives colleague colleagues ally allies aide aides staff team camp associates partner advocate advocates delegates candidates executives people'.split(' '));

const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'conservatives', 'socialists', 'greens']);
const PARTY_NAME_FIRST = new Set(['liberal', 'social', 'christian', 'free', 'sweden', 'new', 'national', 'scottish', 'welsh']);
/** "Liberal Democrats", "Scottish Conservatives": a party's name (not "Democrats", "House Republicans"). */
export const isPartyName = (first: string, last: string): boolean => PARTY_NAME_FIRST.has(first) && PARTY_MEMBERS.has(last);

/** Outlets known by a name with no word that says it is one. */
/** Parties named by one word or an abbreviation: bodies, never a "he" ("Labour says …, he said" is not Labour). */
const PARTY_NAMES = new Set(['labour', 'tories', 'conservatives', 'lib dems', 'ukip', 'snp', 'bnp', 'jamaat', 'jamaat-e-islami', 'likud', 'fidesz', 'awami league', 'congress', 'the greens', 'greens']);
/** Outlets whose name opens the name of one of their editions; only names no firm or person shares ("AP Moller-Maersk", "Bloomberg Philanthropies"). */
const OUTLET_FIRST = new Set(['bbc', 'cnn', 'reuters', 'afp', 'xinhua']);
/** A newsroom role in the name makes it a person's: "BBC Political Correspondent James Hardy". */
const NEWSROOM_ROLES = /^(correspondent|editor|reporter|presenter|producer|journalist|director|chief|anchor|host|analyst|commentator|spokesman|spokeswoman|spokesperson)$/;
const OUTLET_NAMES = new Set(['reuters', 'bloomberg', 'bbc', 'cnn', 'afp', 'ap', 'xinhua', 'tass', 'pti', 'ani', 'dawn', 'politico', 'axios', 'bbc news', 'fox news', 'al jazeera', 'forbes', 'china daily', 'deutsche welle', 'newsweek', 'variety', 'billboard', 'interfax', 'itar-tass', 'ria novosti', 'kyodo', 'yonhap', 'bernama', 'prothom alo', 'nikkei', 'le monde', 'der spiegel', 'el pais', 'la repubblica', 'asahi shimbun', 'yomiuri shimbun']);

/**
 * Words that name an outlet only as part of a name ("The Observer", "the Hindustan Times"): as a
 * common noun each is something else ("the chief observer", "an economist", "the gazette", "at dawn").
 */
const NAME_ONLY_MEDIA = new Set('times post journal herald tribune express guardian telegraph gazette chronicle standard observer mirror independent fox dawn economist hindu mint'.split(' '));

/** Last words of the names of events, and of bodies named by their field: "Powergen Cup", "LIV Tour", "British Phonographic Industry". */
const EVENT_NAME_LAST = new Set('cup open championship championships trophy games olympics series prix awards award festival prize tournament marathon derby classic masters tour industry slam conference summit forum show expo election elections'.split(' '));
/** Last words of a place's name (not Hill, Park, Lane or Field, which are surnames too). */
const PLACE_NAME_LAST = new Set('road street avenue highway bridge square market bazar bazaar chowk area village upazila district city town island airport stadium'.split(' '));
/**
 * Last words of the names of bodies besides ORG_WORDS, read only as a name's last word, which no
 * surname shares: "Federal Reserve", "Human Rights Watch", "Barclays Capital", "Lehman Brothers",
 * "Age Concern", "Royal Society", "Transparency International", "Ain o Salish Kendra".
 */
const BODY_NAME_LAST = new Set('reserve watch capital securities brothers concern society international research resources communications commerce exchange united rovers athletic wanderers albion hotspur kendra crescent airways air aid relief partners management investments energy petroleum pharmaceuticals telecom entertainment studios networks laboratories labs electronics insurance limited plc llc gmbh ag'.split(' '));
/** Words that open a region's name before a continent, a point of the compass or a country. */
const REGION_FIRST = new Set('north south east west northern southern eastern western central middle far near great latin sub-saharan'.split(' '));
const REGION_LAST = new Set('asia africa america americas europe east west end coast midlands'.split(' '));
/** Cities of two words the news names most, which no person's name shares. */
const CITY_NAMES = new Set(['new york', 'los angeles', 'san francisco', 'las vegas', 'new orleans', 'buenos aires', 'kuala lumpur', 'tel aviv', 'abu dhabi', 'sao paulo', 'rio de janeiro', 'new jersey', 'silicon valley', 'wall street', 'downing street']);
/** Days a name ends in that are holidays or events: "Christmas Day", "Election Day". */
const HOLIDAYS = new Set('christmas boxing election independence victory labour labor memorial thanksgiving valentines easter budget polling voting'.split(' '));
/** Last words of the names of laws and treaties, which are documents: "Road Safety Act", "July Charter", "Chemical Weapons Convention". */
const LAW_NAME_LAST = new Set('act bill charter treaty accord agreement convention constitution'.split(' '));
/** Words after a firm's own name that only say what kind of firm it is: "Nortel Networks", "Shanda Interactive Entertainment", "Pew Research". */
const FIRM_KIND_WORDS = new Set([...BODY_NAME_LAST, ...'group holdings inc inc. corp corp. corporation company co co. ltd ltd. airlines motors systems technologies industries interactive software media'.split(' ')]);
export const isFirmKindWord = (w: string): boolean => FIRM_KIND_WORDS.has(w);
export const FIRM_KIND_LIST: readonly string[] = [...FIRM_KIND_WORDS];
/** Parties by a name for their members, who are people: "Senior Tories", "Scottish Conservatives" (isPartyName). */
const MEMBERS_NAMES = new Set(['tories', 'conservatives', 'greens', 'the greens']);

/**
 * Bodies known by one word that says nothing of what they are (BBC style writes acronyms as words:
 * "Nasa", "Uefa", "Ofcom"): never a "he" or "she".
 */
const ONE_WORD_BODY_NAMES = new Set('treasury fed exchequer commonwealth bundesbank hamas hezbollah taliban ofcom ofgem ofwat ofsted uefa fifa nasa interpol europol unicef unesco unhcr unaids icann oxfam greenpeace acas ucas unison amicus opec'.split(' '));
/** Words a body's name links its parts with: "Friends of the Earth", "Reporters Without Borders", "Church of England". */
const NAME_LINKS = new Set(['of', 'for', 'without']);
/** Singular words a body's name opens with before its link: "Church of England", "Palace of Westminster". */
const BODY_BEFORE_LINK = new Set(['church', 'palace', 'house', 'chamber', 'order']);

function linkedBodyName(words: string[]): boolean {
  const link = words.findIndex((w, i) => i > 0 && NAME_LINKS.has(w));
  if (link < 0 || (link === 1 && !words[0].endsWith('s') && !BODY_BEFORE_LINK.has(words[0]))) return false;
  return !words.some((w) => NOBLE_FIRST.has(w) || TITLE_WORDS.has(w) || w.split('-').some((x) => TITLE_WORDS.has(x)));
}

/** Titles that make a name with "of" a person's: "Duke of Edinburgh", "Lord Falconer of Thoroton", "Archbishop of Canterbury". */
const NOBLE_FIRST = new Set('lord lady baron baroness duke duchess earl countess marquess viscount sir dame archbishop bishop saint st st. prince princess king queen emperor empress sheikh'.split(' '));

/** Heads that name a person by age or standing: "the 31-year-old", "the world indoor champion", "the skipper". */
const PEOPLE_BY_STANDING = /^(?:(?:\d+-)?year-old|champions?|captain|skipper|favourite|favorite|veteran|newcomer|youngster|teenager|pensioner)$/;
/** What a common noun heading a source makes it: "the report", "the newspaper", "the agency", "her friend". */
export function headType(head: string): SourceType {
  if (DOCUMENT_HEADS.has(head) || LOWER_DOCUMENT_HEADS.has(head)) return 'document';
  if (MEDIA_WORDS.has(head) && !NAME_ONLY_MEDIA.has(head)) return 'media';
  if (ORG_WORDS.has(head) || (BODY_APPOSITIVE_HEADS.has(head) && head !== 'producer')) return 'organization';
  return PERSON_NOUN.test(head) || TITLE_WORDS.has(head) || TITLE_WORDS.has(head.replace(/s$/, '')) || RELATION_NOUNS.has(head) || PERSON_WORDS_ANY_NUMBER.has(head) || PEOPLE_BY_STANDING.test(head) ? 'person' : 'organization';
}

/**
 * Whether a name is a person, an organization or a media outlet. A few set lookups per name: as
 * cheap as a memo's lookup of a fresh name string, which it used to sit behind.
 */
/** An acronym: "FBI", "NATO", or written with stops, "U.N.", "F.B.I." (no one's initials stand alone). */
const SHORT_CAPITALS = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$/;
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (exactly the characters \s matches)
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

export function classifyName(name: string, hasRole: boolean, startsWithThe: boolean, oneWordLower?: string): SourceType {
  if (hasRole) return 'person';
  // ("S&P", "Marks & Spencer", "Ernst & Young": partners' names joined are a firm)
  if (name.includes('&')) return 'organization';
  const lower = oneWordLower ?? name.toLowerCase();
  // (most names read here are one word: no expression, no array)
  if (oneWordLower !== undefined || !hasSpace(lower)) {
    if ((MEDIA_WORDS.has(lower) && startsWithThe) || OUTLET_NAMES.has(lower)) return 'media';
    if (GOVERNMENT_METONYMS.has(lower) || PARTY_NAMES.has(lower) || ORG_WORDS.has(lower) || ONE_WORD_BODY_NAMES.has(lower) || COUNTRIES.has(lower) || KNOWN_BODIES.has(lower) || SHORT_CAPITALS.test(name)) return 'organization';
    // ("Unions accuse …", "Groups said": bodies in the plural, capitalised only by the sentence's start)
    if (lower.length > 4 && lower.endsWith('s') && BODY_PLURALS.has(lower)) return 'organization';
    // ("The Act says", "the Charter": a law named by its kind; not "Bill", a first name)
    if ((LAW_NAME_LAST.has(lower) && lower !== 'bill') || PLURAL_DOCUMENTS.has(lower)) return 'document';
    return 'person';
  }
  const words = lower.split(/\s+/);
  const lastWord = words[words.length - 1];
  // ("The Independent": a name that keeps its capital "The" starts with it too)
  const withThe = startsWithThe || words[0] === 'the';
  const outletWord = MEDIA_WORDS.has(lastWord) && (WEAK_MEDIA_WORDS.has(lastWord) ? withThe : withThe || words.length > 1);
  // ("News of the World", "Times of India": an outlet's word before "of")
  // ("BBC Scotland", "CNN International", "Reuters Breakingviews": an outlet's edition or desk)
  if (outletWord || OUTLET_NAMES.has(lower) || (words[1] === 'of' && MEDIA_WORDS.has(words[0]) && !WEAK_MEDIA_WORDS.has(words[0])) || (OUTLET_FIRST.has(words[0]) && !words.some((w) => NEWSROOM_ROLES.test(w)))) return 'media';
  // ("the Financial Times Deutschland", "the New York Times Magazine": an outlet's edition after its name)
  if (withThe && words.length >= 3 && words.slice(1, -1).some((w) => MEDIA_WORDS.has(w)) && !words.some((w) => ORG_WORDS.has(w) || NEWSROOM_ROLES.test(w))) return 'media';
  // ("Gallup Poll", "a CNN/ORC International Poll": a named poll is the document, not its pollster)
  // ("Leaked Documents Reveal …", "New Emails Show …": papers in a title-case headline; no body or
  // person is named by them)
  if (lastWord === 'poll' || lastWord === 'polls' || PLURAL_DOCUMENTS.has(lastWord)) return 'document';
  if (GOVERNMENT_METONYMS.has(lower) || COUNTRIES.has(lower) || KNOWN_BODIES.has(lower) || PARTY_NAMES.has(lower) || words.some((w) => ORG_WORDS.has(w))) return 'organization';
  // ("Powergen Cup", "the Australian Open", "British Phonographic Industry": an event or a body, never a "he" or "she")
  if (EVENT_NAME_LAST.has(lastWord)) return 'organization';
  // ("from the Bibi Road area", "Trafalgar Square": a place, never a "he" either)
  if (PLACE_NAME_LAST.has(lastWord)) return 'organization';
  // ("Middle East", "South Asia", "Great Britain", "New York": a region or a city)
  if (words.length === 2 && ((REGION_FIRST.has(words[0]) && (REGION_LAST.has(lastWord) || COUNTRIES.has(lastWord))) || CITY_NAMES.has(lower))) return 'organization';
  // ("Christmas Day", "Valentine's Day", "New Year": a day, not Doris Day)
  if ((lastWord === 'day' && words.length >= 2 && (HOLIDAYS.has(words[words.length - 2]) || /['’]s$/.test(words[words.length - 2]))) || lower === 'new year') return 'organization';
  if (LAW_NAME_LAST.has(lastWord) && words.length > 1) return 'document';
  // ("Federal Reserve", "Bangladesh Jamaat-e-Islami", "the Red Cross")
  if (BODY_NAME_LAST.has(lastWord) || (PARTY_NAMES.has(lastWord) && !MEMBERS_NAMES.has(lastWord)) || lower.endsWith('red cross')) return 'organization';
  // ("Friends of the Earth", "Reporters Without Borders", "Church of England": a person's name
  // links no parts, unless a title leads it, "Duke of Edinburgh")
  // (nor holds a title anywhere: "In-charge of Bogura Railway Outpost Sub-Inspector Bablur Rahman";
  // one word before the link is a body's only in the plural or as a building: not "Parvez of Am Janata Dal")
  if (words.length >= 3 && linkedBodyName(words)) return 'organization';
  // ("the Development of Italy", "Plenipotentiary of Japan": a common noun of a country, not a given
  // name, "King Michael of Romania", nor a title, "Sultan of Brunei", "Prime Minister of India")
  if (words.length === 3 && words[1] === 'of' && COUNTRIES.has(lastWord) && COMMON_NOUN_ENDING.test(words[0]) && !TITLE_WORDS.has(words[0]) && !NOBLE_TITLES.has(words[0])) return 'organization';
  if (words.length === 2 && isPartyName(words[0], lastWord)) return 'organization';
  if (SHORT_CAPITALS.test(name)) return 'organization';
  // ("The Bravery", "The Brookings Institution", "The Aviator": a name that keeps its capital "The" is a
  // band's, a body's or a work's, never a person's)
  if (words[0] === 'the') return 'organization';
  // ("Learn To Be Lonely", "How Can National Interests Be Aligned": a title of a work or a headline
  // capitalises words no person's name holds)
  for (let k = 1; k < words.length; k++) if (TITLE_CASE_WORDS.has(words[k])) return 'document';
  return 'person';
}

/** Words capitalised inside a title ("Learn To Be Lonely", "I Did It Again") and never inside a person's name (not "to", "for", "in": "High Commissioner to Britain" is a role). */
const TITLE_CASE_WORDS = new Set(['from', 'be', 'is', 'are', 'was', 'my', 'your', 'me', 'it', 'you', 'we', 'not', 'can', 'did', 'does', 'will', 'how', 'what', 'why', 'which']);

/** Endings of common nouns, which no given name has: "Development", "Plenipotentiary". */
const COMMON_NOUN_ENDING = /(?:ment|tion|sion|ity|ance|ence|ary|ism|ship|ness|ure|age|ery)$/;
/** Titles held "of" a country or a place besides TITLE_WORDS: "Sultan of Brunei", "Duke of Edinburgh". */
const NOBLE_TITLES = new Set('duke duchess earl marquess baron baroness count countess sultan emir shah tsar czar archbishop viceroy crown'.split(' '));

/** Bodies in the plural that name no one ("Unions", "Groups"; not "Banks", a surname as often). */
const BODY_PLURALS = new Set(['unions', 'groups', 'charities', 'councils', 'ministries', 'agencies', 'companies', 'firms', 'associations', 'regulators', 'governments', 'parties']);

/** Plural document nouns that end no body's or person's name ("Emails show", "Leaked Documents Reveal", "Bank of England figures"; not "records": "Factory Records" is a label). */
const PLURAL_DOCUMENTS = new Set(['documents', 'emails', 'e-mails', 'memos', 'transcripts', 'figures']);

/** Nouns an appositive names a firm or body by: "Wal-Mart, the largest US retailer", "Allianz, a leading German insurer". */
const BODY_APPOSITIVE_HEADS = new Set('institution initiative tribunal panel jury airline retailer insurer firm company maker carrier group giant chain operator bank broker manufacturer supermarket publisher network producer exporter brewer conglomerate corporation programme program charity agency regulator watchdog club party union association organisation organization'.split(' '));
/** Whether a common noun names a firm or body: "the regulator", "the retailer". */
export const isBodyNoun = (w: string): boolean => BODY_APPOSITIVE_HEADS.has(w);
/**
 * What the appositive after a one-word name says it is: an organization when its head (the last
 * word before "of", "which", "that", "at", "in" or the end) names a body, else undefined.
 */
export function appositiveBody(mention: string): SourceType | undefined {
  const comma = mention.indexOf(', ');
  if (comma < 0) return undefined;
  const words = mention.slice(comma + 2).toLowerCase().split(/\s+/);
  if (!/^(the|a|an)$/.test(words[0] ?? '')) return undefined;
  let head = '';
  for (const w of words.slice(1)) {
    if (/^(of|which|that|who|at|in|for|by|with)$/.test(w)) break;
    head = w.replace(/[^a-z-]/g, '');
  }
  return BODY_APPOSITIVE_HEADS.has(head) ? 'organization' : undefined;
}

/** Words that end an appositive's role before what it goes on to say: "NCP candidate who won Rangpur-4". */
const ROLE_STOP = /^(who|whose|which|that|but|said|says|told|added|after|before|since|when|while|during|following|because|quoted|speaking)$/i;
/** Academic and courtesy titles, which a role in apposition tells more than: "Professor Ali Riaz, Special Assistant to the Chief Adviser". */
export const COURTESY_TITLE = /(?:^|\s)(?:professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|advocate|engineer|barrister)$/i;
/** Participles that qualify a role rather than open an aside: "retired judge", "elected chairman". */
const ROLE_PARTICIPLE = /^(?:retired|elected|appointed|designated|disgraced|suspended|expelled|jailed|detained|self-styled|self-described)$/;
/** Words that open an aside about the name, not a role: "known as Queen of the Sky", "aged 29". */
const NOT_ROLE_OPENING = /^(?:known|called|named|dubbed|nicknamed|aged|born|based|also|formerly)$/i;
/** Prepositions that link a role's head to what it is of or for: "head of …", "spokesman for …". */
export const ROLE_LINKS = new Set(['of', 'for', 'at', 'with', 'to', 'in', 'from', 'on']);

/**
 * The role a person's appositive gives ("Mohammad Shahjahan, deputy inspector general of Rajshahi
 * Range police," → "deputy inspector general of Rajshahi Range police"), from the mention's text and
 * the name it holds; undefined when the aside is no role (an age, a place, a relative clause).
 */
export function appositiveRole(mention: string, name: string): string | undefined {
  const comma = mention.indexOf(', ');
  if (comma < 0 || !mention.slice(0, comma).endsWith(name)) return undefined;
  const words = mention.slice(comma + 2).split(/\s+/);
  const kept: string[] = [];
  let role = false;
  let linked = false;
  for (const word of words) {
    const w = word.replace(/[,;:]+$/, '');
    // (an age opens no role: "Brianne Stone, 29, of Huntsville")
    if (kept.length === 0 && /^\d/.test(w)) return undefined;
    if (!w || ROLE_STOP.test(w)) break;
    const lower = w.toLowerCase().replace(/[’']s$/, '');
    // (an aside that opens with a link or a participle is no role: "of Huntsville", "led by Bruce Cutler")
    if (kept.length === 0 && (/^(of|from|in|at|including)$/.test(lower) || NOT_ROLE_OPENING.test(lower) || (w === lower && lower.endsWith('ed') && !ROLE_PARTICIPLE.test(lower)))) return undefined;
    // (a name with its courtesy title is the aside's person: "A spokesman for DLF Builders, Dr Vancheshwar,")
    if (kept.length === 0 && COURTESY_TITLE.test(lower) && /^\p{Lu}/u.test(words[1] ?? '')) return undefined;
    // (the head comes before its links: "head of the oil market division"; not "one of the leading providers")
    if (ROLE_LINKS.has(lower)) linked = true;
    else if (!linked && (TITLE_WORDS.has(lower) || (lower.length > 4 && PERSON_NOUN.test(lower)))) role = true;
    kept.push(w);
    if (word.endsWith(',')) break;
  }
  if (!role) return undefined;
  // ("a lawyer representing …" is a lawyer; "the party's president" keeps whose)
  const text = kept.join(' ').replace(/^(?:a|an|the(?!\s+\S+[’']s\s))\s+/i, '');
  return text.length <= 80 ? text : undefined;
}
