// Word lists the analysis reads. Kept in one place so that config (extra cue verbs, vague terms,
// hedges) can extend them, and so a reader finds every list by name.

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Finite reporting verbs: "X said", "said X". */
export const CUE_VERBS = set(`
  said says say saying told tells tell telling added adds add wrote writes write announced announces announce
  claimed claims claim stated states state noted notes note explained explains argued argues insisted insists
  warned warns accused accuses described describes describe reported reports emphasized emphasised emphasizes
  stressed stresses asserted asserts alleged alleges acknowledged acknowledges admitted admits confirmed confirms
  denied denies tweeted tweets posted posts declared declares replied replies responded responds suggested suggests
  observed observes commented comments remarked remarks recalled recalls predicted predicts promised promises
  urged urges criticized criticised criticizes criticises praised praises countered counters maintained maintains
  contended contends conceded concedes revealed reveals disclosed discloses estimated estimates believes believe
  believed thinks think thought expects expected hopes hoped fears feared argue asked asks ask questioned
  pointed insist shared expressed expresses welcomed welcomes condemned condemns slammed slams vowed vows
  testified testifies concluded concludes found finds showed shows show shown indicated indicates called calls
  mentioned mentions highlighted highlights underlined underscored reiterated reiterates stressed
  warn informed informs estimating forecast forecasts
  retorted retorts mused muses interjected exclaimed exclaims whispered muttered opined opines confessed confesses
  allege assert confirm deny suggest predict urge criticize criticise reveal disclose reiterate emphasize emphasise
  accuse testify opine retort exclaim ruled
`);

/** Adjectives of a stance held, after a form of "be": "is confident that", "are eager to", "was critical of". */
export const ATTITUDE_ADJECTIVES = set(`
  confident eager willing unwilling sure unsure certain convinced optimistic pessimistic skeptical sceptical
  worried concerned hopeful adamant critical supportive opposed proud angry upset unhappy happy pleased
  displeased furious frustrated disappointed wary nervous anxious aware doubtful insistent determined keen
`);

/** Participles that open an attributed clause after a comma: ", calling it …", ", warning that …". */
export const PARTICIPIAL_CUES = set(`
  calling describing warning noting saying adding arguing claiming insisting stressing emphasizing emphasising
  accusing explaining suggesting stating citing urging praising criticizing criticising announcing declaring
  alleging acknowledging admitting telling writing asserting predicting promising vowing
  referring recalling reiterating questioning asking answering announcing denouncing decrying pointing
  remarking repeating offering echoing reminding insisting conceding confirming denying recounting
  describing dismissing rejecting blasting slamming thanking mocking refusing inviting urging demanding
`);

/** Finite auxiliaries and modals: the verb of a clause ("the days of unity were over", "Microsoft the messages were sent"). */
export const FINITE_AUXILIARIES = set('is are was were has have had will would can could should may might must');
/** The same and the past and present of "do": "which he said did …". */
export const FINITE_AUXILIARIES_OR_DO = new Set([...FINITE_AUXILIARIES, 'does', 'did']);

/** Words that may sit between a source and its cue: "Trump later claimed", "he has said". */
export const CUE_ADVERBS = set(`
  also later then again earlier previously once publicly privately repeatedly recently has have had had
  would will reportedly allegedly further separately quickly flatly firmly initially first subsequently
  openly frequently often still even already had now soon afterwards afterward always sometimes seldom just
`);

export const PRONOUNS_PERSON = set('he she');
export const PRONOUNS_PLURAL = set('they');
export const PRONOUNS_ALL = set('he she they it we i');

/** Titles and roles that precede a name: "US Defense Secretary Pete Hegseth". */
export const TITLE_WORDS = set(`
  president vice prime minister secretary chancellor senator sen sen. representative rep rep. governor gov gov.
  mayor ambassador general gen gen. admiral colonel col col. commander chief director spokesperson spokesman
  spokeswoman chairman chairwoman chairperson chair ceo cfo coo founder king queen prince princess judge justice attorney
  officer minister's mr mr. mrs mrs. ms ms. dr dr. prof prof. professor pope cardinal bishop rabbi imam bangabandhu
  lt lt. rev rev. reverend fr fr. father pres pres.
  leader speaker deputy foreign defense defence home finance state interior external affairs commerce trade
  health education army police commissioner inspector superintendent captain capt lieutenant sergeant constable
  head envoy advisor adviser analyst economist lawyer candidate nominee sec sec. treasurer premier
  chief-of-staff coach manager striker midfielder executive official mp mep msp mla councillor member organizer organiser coordinator convener convenor prosecutor registrar magistrate
  oc asp asi dig igp uno ameer
`);

/** Words that make a capitalized name an organization. */
export const ORG_WORDS = set(`
  ministry department administration government party council agency bank company corporation corp inc ltd
  group commission committee court police army navy force forces office university institute foundation school college academy hospital museum
  association union federation organization organisation authority board bureau service services senate
  congress parliament assembly cabinet embassy consulate fund club league team league coalition alliance
  movement front campaign center centre trust industries holdings airlines motors systems technologies
  house nations corps brigade regiment battalion guards pentagon kremlin nato asean un who imf eu opec fbi cia
  jamiat ulema parishad samity samiti andolan majlis majlish sangsad sangha morcha jote
  mosque cathedral mandir gurdwara synagogue consortium quango quangos institution initiative roundtable think-tank
`);

/** Outlets, and the words that make a name an outlet. */
export const MEDIA_WORDS = set(`
  times post journal news herald tribune express guardian telegraph gazette chronicle daily weekly standard
  observer mirror independent reuters ap afp bloomberg bbc cnn msnbc fox nbc abc cbs npr politico axios
  dawn xinhua tass pti ani ians bernama yonhap kyodo economist newsweek reuters' agency's hindu mint
  press wire broadcaster television tv radio magazine outlet newspaper paper tabloid broadsheet
`);

/** Outlet words that are also surnames or ordinary words ("Liam Fox", "the chief observer"): outlets only after "the". */
export const WEAK_MEDIA_WORDS = set('express guardian telegraph standard observer mirror independent fox mint hindu economist daily weekly press wire paper');

/** Capitals and countries used as metonyms for governments: "New Delhi has not confirmed". */
export const GOVERNMENT_METONYMS = new Set([
  'washington', 'new delhi', 'delhi', 'moscow', 'beijing', 'tokyo', 'london', 'paris', 'berlin', 'islamabad',
  'dhaka', 'kabul', 'tehran', 'kyiv', 'kiev', 'jerusalem', 'ankara', 'riyadh', 'seoul', 'pyongyang', 'brussels',
  'canberra', 'ottawa', 'kathmandu', 'colombo', 'male', 'thimphu', 'kuala lumpur', 'jakarta', 'manila', 'hanoi',
  'bangkok', 'cairo', 'baghdad', 'damascus', 'rome', 'madrid', 'the kremlin', 'the white house', 'downing street',
  'india', 'pakistan', 'china', 'russia', 'the united states', 'united states', 'the us', 'us', 'u.s.', 'america',
  'britain', 'the uk', 'uk', 'japan', 'iran', 'israel', 'ukraine', 'bangladesh', 'nepal', 'sri lanka', 'france',
  'germany', 'turkey', 'saudi arabia', 'afghanistan', 'canada', 'australia', 'malaysia', 'indonesia',
]);

/** Vague groups: named as a source, they leave the reader unable to check. */
export const VAGUE_SOURCE_HEADS = set(`
  officials official sources source critics analysts experts observers insiders aides diplomats people
  observers residents witnesses reports staff staffers authorities some many few others critics commentators
  spokespeople person individuals figures members leaders voters respondents supporters opponents residents
  americans democrats republicans economists scientists researchers investigators prosecutors pundits activists campaigners protesters villagers locals eyewitnesses
`);

/** Experts whose firm or institution, named after them, is the source: "analysts at Citigroup", "researchers from Leeds University". */
export const EXPERT_HEADS = 'analysts|economists|researchers|scientists|strategists|academics|engineers';

/** Social platforms: "wrote on X", "posted on Facebook". */
export const SOCIAL_PLATFORMS = new Map<string, string>([
  ['x', 'X'], ['twitter', 'X'], ['facebook', 'Facebook'], ['instagram', 'Instagram'], ['threads', 'Threads'],
  ['truth social', 'Truth Social'], ['linkedin', 'LinkedIn'], ['telegram', 'Telegram'], ['youtube', 'YouTube'],
  ['tiktok', 'TikTok'], ['weibo', 'Weibo'], ['bluesky', 'Bluesky'], ['mastodon', 'Mastodon'], ['whatsapp', 'WhatsApp'],
  ['social media', 'social media'], ['social-media', 'social media'],
]);


/** Modal and epistemic hedges: counted as the article's only outside attributed content. */
export const MODAL_HEDGES = set('may might could would should can possible');

/** Cue verbs that themselves distance the reporter from the content. */
export const DISTANCING_CUES = set('claimed claims claim alleged alleges claiming alleging purported');

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
/** A day or a time adverb between a source and its cue, or after a group's noun: "on Monday said", "analysts said yesterday". */
export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently)$/i;

/** Verbs that report a concrete, checkable event. */
export const EVENT_VERBS = set(`
  signed met killed died arrested announced launched imposed introduced raised cut increased decreased fell
  rose jumped dropped won lost elected appointed resigned fired attacked invaded approved passed banned
  entered agreed sanctioned seized charged convicted sentenced released closed opened built spent paid
  sold bought acquired merged fined sued ruled voted visited held hosted deployed struck hit destroyed
  collapsed injured reached recorded ranked earned reported published issued ordered signed spiked
  shot crashed exploded burned flooded evacuated detained deported
`);


export const STOPWORDS = set(`
  a an the and or but of to in on at for with by from as is are was were be been being has have had do does did
  that this these those it its their there they he she his her we our you your i me my not no so than then
  into over after before about which who whom whose what when where while also will would can could may might
  more most such any some all both each other said says
`);

/** Irregular past tenses, so "Trump later spoke … and claimed" finds its verb. */
export const IRREGULAR_PAST = set(`
  spoke met went came gave took made told wrote left began became held sent saw knew got ran brought thought
  felt kept lost won hit cut put set led read paid sold built stood fell rose drew grew threw flew chose broke
  drove ate forgot forgave hid meant sought taught understood withdrew swore struck fought caught
  shook bought sat sang rang wore tore sank swam slept spent lent bent dealt dug fed fled hung bit blew bled
  clung crept froze heard knelt leapt rode shone slid spun sprang stuck stole strode swept swung woke wept
  upheld withheld overtook undertook oversaw foresaw bore arose awoke forbade mistook quit
`);
/** A past tense or participle, regular or not: "said" ("claimed", "told"). */
export const isPastTense = (w: string): boolean => w.endsWith('ed') || IRREGULAR_PAST.has(w);

/** Irregular past participles, read as verbs only after an auxiliary: "Clinton has taken a swipe at …, saying". */
export const IRREGULAR_PARTICIPLES = set(`
  taken given written spoken shown seen known done gone begun chosen driven eaten fallen forgotten hidden risen
  stolen sworn thrown broken drawn grown flown withdrawn beaten forbidden
`);

/** Words a user adds through settings or .sourcecheck.json: literal, lower-cased, never patterns. */
export interface UserTerms {
  cues: Set<string>;
  vague: Set<string>;
}

export function userTerms(options: { extraCues?: string[]; vagueTerms?: string[] }): UserTerms {
  const lower = (list?: string[]) => new Set((list ?? []).map((w) => w.toLowerCase().trim()).filter(Boolean));
  return { cues: lower(options.extraCues), vague: lower(options.vagueTerms) };
}

/** Countries and regions, which speak as their government or team ("Wales said", "Iran has denied"), never as a "he". */
export const COUNTRIES = new Set(
  `afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bhutan bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chile china colombia croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia europe fiji finland france germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritius mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
  seychelles bahamas barbados belize botswana brunei burundi chad congo djibouti gabon gambia guinea guyana lesotho
  macedonia monaco togo tonga samoa andorra liechtenstein suriname eswatini swaziland angola benin greenland
  sri-lanka`.split(/\s+/).map((w) => w.replace('-', ' ')).concat(['sri lanka', 'new zealand', 'south africa', 'south korea', 'north korea', 'saudi arabia', 'united kingdom', 'united states', 'northern ireland', 'south sudan', 'costa rica', 'el salvador', 'hong kong', 'ivory coast', 'czech republic', 'united arab emirates']),
);

/**
 * Bodies the news names so often by their own name alone that the article rarely says what they are
 * ("Microsoft said", "Nintendo has denied", "al-Qaeda claimed"): firms, armed and political groups. Never
 * a "he", unless the article named a person of that surname first (source-registry.ts).
 */
export const KNOWN_BODIES = new Set(
  `microsoft google apple sony nintendo disney boeing airbus yahoo intel ibm amazon facebook twitter netflix
  samsung nokia toyota nissan honda gartner vodafone motorola ericsson siemens volkswagen exxon chevron
  pfizer astrazeneca huawei alibaba tencent baidu lenovo oracle cisco qualcomm nvidia starbucks unilever
  nestle barclays hsbc citigroup ryanair easyjet tesco lufthansa qantas renault peugeot viacom comcast
  verizon spotify uber airbnb tiktok youtube instagram whatsapp linkedin paypal ebay yukos gazprom rosneft
  aeroflot al-qaeda al-qaida al-shabab al-shabaab isis isil daesh`.split(/\s+/).concat(['al qaeda', 'al qaida', 'islamic state', 'boko haram', 'islamic jihad', 'muslim brotherhood', 'al shabab', 'al shabaab']),
);

/** Demonyms: "Indian officials", "US Defense Secretary" — modifiers, not names. */
export const NATIONALITIES = set(`
  american indian chinese british russian pakistani bangladeshi nepali nepalese afghan iranian iraqi israeli
  palestinian syrian turkish saudi egyptian french german italian spanish japanese korean north-korean
  south-korean ukrainian polish dutch belgian swiss swedish norwegian danish finnish irish scottish welsh
  english canadian mexican brazilian argentine argentinian australian african nigerian kenyan ethiopian
  south-african european asian arab malaysian indonesian thai vietnamese filipino singaporean sri lankan
  lankan burmese myanmar tibetan taiwanese greek portuguese austrian hungarian czech romanian serbian croatian
  cuban venezuelan colombian chilean peruvian qatari emirati kuwaiti jordanian lebanese yemeni libyan sudanese
  somali moroccan algerian tunisian western eastern northern southern federal national state local
  us u.s. uk u.k. eu un
`);

/** Regular inflections of a verb base: say -> says, saying; argue -> argued, arguing. */
export function inflect(base: string): string[] {
  const out = [base];
  // "stop" -> "stopped"; so do verbs stressed on a last syllable like this: "refer", "admit", "regret", "rebut"
  const stressed = /(?:fer|mit|gret|but|pel|trol)$/.test(base) && !/(?:offer|differ|suffer|proffer)$/.test(base);
  // ("qu" is a consonant: "quip" -> "quipped")
  const cvc = ((/[^aeiou][aeiou][bdgmnpt]$/.test(base) || /^qu[aeiou][bdgmnpt]$/.test(base)) && base.length <= 4) || stressed;
  out.push(/(s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's');
  out.push(/e$/.test(base) ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : cvc ? base + base.slice(-1) + 'ed' : base + 'ed');
  out.push(/ie$/.test(base) ? base.slice(0, -2) + 'ying' : /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : cvc ? base + base.slice(-1) + 'ing' : base + 'ing');
  return out;
}

/**
 * Verbs of thought, intention, stance and evidence: "she believes …", "they want to …", "the data
 * show …". Unlike speech verbs they count as cues only before a clause, a quote or "to".
 */
export const STANCE_VERB_FORMS = new Set(
  `believe think feel know expect hope fear worry doubt suspect assume suppose consider regard view see find show
   suggest indicate demonstrate prove conclude determine learn discover realize realise recognize recognise
   understand agree disagree want wish plan intend seek refuse decline decide prefer favor favour urge encourage
   advise order request invite plead beg appeal support endorse back oppose applaud welcome condemn blame dismiss
   reject dispute contradict challenge defend question wonder speculate predict project forecast anticipate
   guarantee promise pledge vow threaten insist signal hint imply appear seem acknowledge accept recommend propose
   demand call argue joke quip boast complain lament regret apologize apologise thank praise criticize criticise
   mock ridicule slam blast attack accuse charge label dub term describe portray characterize characterise cite
   mention discuss address raise answer respond reply ask tweet post write testify confirm deny claim regard
   continue offer name assure denounce decry echo remind repeat compare list shout chant yell email quote
   publish release tout reveal recall remark retweet invoke refer point focus identify emphasize stress
   voice deem liken bemoan assail downplay recount caution imagine remember prefer hail laud
   scoff marvel ponder reckon guess affirm reaffirm posit theorize rebut refute retort proclaim divulge confide
   grumble implore mull contemplate lambaste castigate chide rebuke scold berate excoriate
   denigrate disparage belittle extol commend fault clarify elaborate specify outline summarize
   deride surmise calculate compute`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(inflect)
    // ("intimated", "intimating": the other forms are mostly the adjective and the noun, "his intimates")
    .concat(`thought felt knew found sought understood wrote told said shown intimated intimating documented`.split(' '))
    // forms that are mostly nouns (or prepositions: "regarding") in news copy, or not words ("seed");
    // "support" reports, after its subject, with an object
    .filter((w) => !/^(states?|backs?|lists?|names?|points?|quotes?|releases?|focus(es)?|orders?|views?|calls?|charge|answers?|posts?|claims?|regarding|considering|seed)$/.test(w)),
);

/** Feelings and views that "expressed" and "voiced" name with their cue: "expressed concern that …", "voiced doubts about …". */
const FEELINGS = 'concern,concerns,confidence,frustration,doubt,doubts,skepticism,scepticism,sympathy,support,opposition,interest,hope,fear,fears,regret,surprise,dismay,disappointment,outrage,anger,alarm,optimism,reservations,gratitude,condolences,admiration,amusement,astonishment,shock,unease,displeasure,satisfaction';

/** What a message conveys, after "extended": "extended his heartfelt greetings to …" ("extended the deadline" is a deed). */
const GREETINGS = 'congratulations,greetings,felicitations,condolences,thanks,gratitude,wishes,appreciation';

/**
 * Prepositional verbs of speech and stance, whose particle belongs to the cue: "called for",
 * "pointed out", "talked about". Verb-and-particle pairs that mostly name events ("voted for",
 * "focused on", "agreed on") are left out: the product reads them as facts, not speech.
 */
export const CUE_PARTICLES: Map<string, Set<string>> = (() => {
  const irregular: Record<string, string[]> = { speak: ['spoke', 'spoken'], think: ['thought'], write: ['wrote', 'written'], shoot: ['shot'], lay: ['laid'], lash: [], make: ['made'], say: ['said'], put: ['put'], hit: ['hit'] };
  const map = new Map<string, Set<string>>();
  for (const entry of `refer:to point:to,out call:for,out,on talk:about speak:about,of,out,against,up ask:about,for respond:to reply:to
    comment:on rail:against warn:of,about,against push:for advocate:for lay:out agree:with side:with boast:of,about joke:about
    write:about allude:to apologize:for apologise:for touch:on vouch:for caution:against single:out shoot:back lash:out hit:out,back
    think:about,of worry:about complain:about,of argue:for,against testify:about reflect:on hint:at balk:at believe:in insist:on
    object:to react:to weigh:in open:up chime:in put:it rant:about brag:about gripe:about muse:about opine:on elaborate:on make:clear say:about play:down
    express:${FEELINGS} voice:${FEELINGS} raise:concern,concerns,doubts,fears,questions,alarm rule:out extend:${GREETINGS} convey:${GREETINGS}`.split(/\s+/)) {
    const [base, particles] = entry.split(':');
    for (const form of [...inflect(base), ...(irregular[base] ?? [])]) map.set(form, new Set(particles.split(',')));
  }
  return map;
})();

/**
 * Verbs of stance whose object is what they report ("praised the plan", "criticized billionaire
 * Donald Trump", "cited the report", "seemed unperturbed", "voiced concern"): unlike the rest, an
 * object noun, not only a clause, makes them cues. Verbs that as often name a deed ("attacked",
 * "raised", "released", "published", "emailed") are left out.
 */
export const TRANSITIVE_STANCE = new Set(
  `praise criticize criticise thank support endorse oppose blame accuse slam mock condemn applaud mention question
   describe ridicule denounce decry tout recommend propose demand deny dispute assail lambaste castigate chide rebuke
   scold berate excoriate denigrate disparage belittle extol commend hail laud downplay bemoan lament deride
   cite dismiss suggest discuss remind consider reject deem defend assure favor favour echo quote
   seek request see seem appear know compare want prefer back`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(inflect)
    // "voiced concern", "documented 56 incidents", not "voice" or "documents", mostly nouns
    .concat(['voiced', 'documented'])
    .filter((w) => STANCE_VERB_FORMS.has(w)),
);

/**
 * The participle of every verb of stance opens an attributed clause after a comma too: ", hoping to
 * …", ", believing that …", ", applauding the state’s town halls"; not the few that mostly describe
 * an effect or an act ("…, raising fears", "…, continuing to grow", "…, showing off the hat",
 * "share prices rose, indicating a positive sentiment").
 */
const NOT_PARTICIPIAL = set('indicating signalling signaling raising continuing threatening favoring favouring revealing backing releasing focusing projecting appealing knowing assuming encouraging appearing showing concluding demonstrating');
for (const w of STANCE_VERB_FORMS) if (w.endsWith('ing') && !NOT_PARTICIPIAL.has(w)) PARTICIPIAL_CUES.add(w);
