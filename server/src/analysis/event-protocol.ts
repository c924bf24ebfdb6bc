// Event protocol: the lines of a report on a meeting, seminar or ceremony that say who chaired it,
// who attended as chief guest, who gave the welcome address ("The event was presided over by …",
// "X attended the signing ceremony as the chief guest", "… and others were present at the
// meeting"), and its schedule ("The rally will be held on Monday at 4:30 pm"). The reporter was
// there, or the organisers announced it; nobody is quoted for who sat on the dais or when the doors
// open, so the line is no claim to source. Its own clause must be the protocol: a news event that
// mentions a chair in passing ("The cabinet, chaired by the Prime Minister, approved the Act on
// Monday") is not one, and a figure or a sum ("more than 300 villagers attended") stays a claim.
import type { Claim } from './types';

/** A gathering as the sentence's subject, and what it "was" by someone. */
const EVENT = String.raw`(?:event|meeting|programme|program|session|ceremony|function|seminar|workshop|conference|discussion|webinar|roundtable|dialogue|occasion|celebration|gathering|symposium|festival|inauguration|launch|rally|reception|convention|colloquium|forum|summit|orientation|training|panel)`;
/** Other gatherings one is present at: "at the bash", "during the exchange", "at the signing". */
const GATHERING = String.raw`(?:bash|party|exchange|talks|signing|dinner|lunch|wedding|meeting)`;
const PROTOCOL = [
  // "The event was (also) presided over by …", "The session was expertly moderated by …" (after a
  // phrase that opens the sentence: "Organized by the Literary Society, the festival was inaugurated …")
  new RegExp(String.raw`^(?:[^,.;]{0,80},\s+)?(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,4}?${EVENT}s?\b[^.;]{0,60}?\s(?:was|were)\s+(?:also\s+|\p{L}+ly\s+)?(?:presided|chaired|moderated|conducted|graced|attended|hosted|anchored|coordinated|inaugurated|opened|addressed|joined)\b`, 'iu'),
  // "… were present at the event", "… was present as the special guest", "… on the occasion", "…
  // were also present at that time", "… were present during the exchange", "… were also present."
  new RegExp(String.raw`\b(?:was|were)\s+(?:also\s+)?present(?:\s+(?:at\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:${EVENT}|${GATHERING})|as\s+(?:the\s+)?(?:chief|special|guest)|on\s+the\s+occasion|at\s+th(?:at|e)\s+time|during\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:${EVENT}|${GATHERING})|there)\b|\s*(?:,\s+(?:among\s+others|making|along\s+with|including)\b|[.;]?$))`, 'iu'),
  // "Among those present were …", "Also present at the signing ceremony were …", "Those present included …"
  /^(?:in\s+addition,\s+)?(?:among\s+(?:those|others|the\s+(?:guests|attendees|dignitaries))\s+(?:present|attending|in\s+attendance)|(?:also\s+)?present\s+(?:at\s+[^.;]{0,60}?\s)?(?:were|was)|those\s+present\s+(?:were|included))\b/iu,
  // "… spoke at the rally organised on the occasion", "… also spoke at the seminar"
  new RegExp(String.raw`\bspoke\s+at\s+the\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}s?\b`, 'iu'),
  // "X attended the signing ceremony as the chief guest", "… inaugurated the workshop as chief guest"
  // (not "joined Liverpool as chief executive")
  new RegExp(String.raw`\b(?:attended|joined|graced|inaugurated|addressed)\b[^.;]{0,80}?\bas\s+(?:the\s+)?(?:(?:chief|special)\s+guests?|guest\s+of\s+hono(?:u)?r|(?:keynote|convocation)\s+speaker)\b`, 'iu'),
  // "… delivered the welcome address", "… gave the vote of thanks", "… also spoke on the occasion"
  /\b(?:delivered|gave|presented|offered)\s+(?:the\s+|a\s+)?(?:welcome|keynote|opening|closing|inaugural|introductory)\s+(?:address|speech|remarks|note)\b|\bvote\s+of\s+thanks\b|\bspoke\s+on\s+the\s+occasion\b/iu,
  // "The programme also paid tribute to …", "The event paid homage to …"
  new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}s?\s+(?:also\s+)?paid\s+(?:tribute|homage|respects)\b`, 'iu'),
  // "The visit concluded with a dinner at …", "The festival closed with a screening of …" (not "The
  // meeting ended with no deal": an outcome is news)
  new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:${EVENT}|visit|tour|day)s?\s+(?:concluded|ended|closed|wrapped\s+up)\s+with\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:dinner|lunch|luncheon|reception|screening|prayers?|munajat|doa|dua|vote\s+of\s+thanks|(?:cultural\s+)?(?:programme|program|performance)s?|photo\s+session|concert|banquet|tea|party|fireworks)\b`, 'iu'),
  // "… bolstered by NextJobz as the Title Sponsor and YPAB serving as the Strategic Partner"
  /\bas\s+(?:the\s+|its\s+)?(?:title|strategic|official|knowledge|media|event|platinum|gold|silver|associate|principal|technology|hospitality|broadcast|digital)[\s-]+(?:sponsor|partner)s?\b/iu,
  // "Tarique prayed for the departed souls of …", "Special prayers were offered for …": a prayer said at the event
  /^(?:[^,.;]{0,80}?\s)?(?:prayed|(?:offered|sought)\s+(?:special\s+)?(?:prayers|munajat|doa|dua|blessings))\s+(?:for|to)\b|\bprayers\s+were\s+(?:also\s+)?offered\b/iu,
  // "On the occasion, blankets were distributed among the members", "… handed over crests to the
  // guests", "… through a cake-cutting ceremony", "greeted the newly elected MP with flowers":
  // keepsakes given, cakes cut and flowers offered at the event (not
  // prizes or awards: who won one is news)
  /\b(?:distributed|handed\s+over|presented)\s+(?:[\p{L}-]+\s+){0,2}?(?:crests?|gifts?|mementos?|souvenirs?|blankets|bouquets|flowers|sweets)\b|\b(?:crests?|gifts?|mementos?|souvenirs?|blankets|bouquets|flowers|sweets)\s+(?:were|was)\s+(?:also\s+)?(?:distributed|handed\s+over|presented)\b|\bcake[-\s]cutting\b|\bgreeted\b[^.;]{0,100}?\bwith\s+(?:flowers|bouquets|floral\s+wreaths|garlands)\b/iu,
  // "The discussion featured a powerhouse lineup of speakers: …", "Speakers at the seminar included …",
  // "Among the speakers were …"
  /\b(?:featured|included)\s+(?:a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:lineup|line-up|panel)\s+of\s+(?:speakers|panellists|panelists|discussants)\b|^(?:other\s+)?speakers\s+(?:at\s+[^.;]{0,60}?\s)?(?:included|were)\b|^among\s+(?:the\s+|other\s+)?speakers\s+(?:were|was)\b/iu,
  // "The chief guest at the event was …"
  new RegExp(String.raw`^(?:the\s+)?(?:chief|special)\s+guests?\s+(?:at|of)\s+the\s+(?:[\p{L}-]+\s+){0,3}?${EVENT}\s+(?:was|were)\b`, 'iu'),
];
/**
 * A schedule: "The rally will be held on Monday at 4:30 pm", "The first meeting is scheduled to take
 * place on February 19", "… takes place on Friday", "The new cabinet will be sworn in at 4pm on
 * Tuesday". Not "was scheduled" (what then happened is a
 * report), "a transaction that takes place globally", nor a schedule with a report of its own after
 * it (", following the government's directive to boycott …").
 */
const SCHEDULE = /\b(?:is|are)\s+(?:also\s+)?scheduled\s+to\b|\bwill\s+(?:be\s+held|take\s+place|commence|be\s+observed|be\s+celebrated|be\s+sworn\s+in)\b|\btakes\s+place\s+(?:on|at|in|from|next|this|every)\b/iu;
const REPORT_AFTER = /,\s+(?:following|after|amid|as|because|since|despite)\b/iu;

/** Words one of the expressions needs: most sentences have none, and are passed without a scan. */
// (the same words with shared beginnings factored, which the expression engine scans faster)
const HINT = /distributed|handed over|cake|greeted|sworn in|speakers|s(?:cheduled|poke)|will be held|takes? place|commence|be (?:observed|celebrated)|pres(?:ent|ided)|chaired|moderated|co(?:nducted|ordinated)|graced|attended|hosted|anchored|inaugurated|opened|addressed|joined|welcome|keynote|vote of thanks|occasion|guest|paid (?:tribute|homage|respects)|concluded|ended|closed|wrapped up|sponsor|partner|pray/i;
/** Kinds of evidence that stay a claim however the line reads. */
const FIGURES = new Set<Claim['kinds'][number]>(['statistic', 'money']);

/** A clock time: "4:30 pm", "11am", "8pm", "10:30". */
const CLOCK = /\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b\d{1,2}:\d\d\b/giu;

/** Whether a sentence (its text) is an event's protocol line with no figure of its own. */
export function isEventProtocol(text: string, claim: Claim): boolean {
  const figures = claim.kinds.some((k) => FIGURES.has(k));
  if (figures && claim.kinds.includes('money')) return false;
  const hinted = HINT.test(text);
  // (most sentences name no gathering and no schedule: passed before their figures are read)
  if (!hinted && !(figures && scheduled(text))) return false;
  // (a clock time is when the doors open or when it happened, no figure: "will be held on Monday at
  // 4:30 pm", "was inaugurated at 10am by …"; any other figure stays a claim)
  if (figures && /\d/.test(text.replace(CLOCK, ''))) return false;
  return !hinted || PROTOCOL.some((re) => re.test(text)) || scheduled(text);
}
const scheduled = (text: string): boolean => SCHEDULE.test(text) && !REPORT_AFTER.test(text);
