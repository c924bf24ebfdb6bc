// The channel through which a source spoke: a social platform, a statement, reporters, an outlet.
import { SOCIAL_PLATFORMS } from './lexicon';
import type { QuoteSpan, Sentence, Span, Token } from './types';
import { registerWord } from './vocabulary';

const PLATFORMS = [...SOCIAL_PLATFORMS.keys()].map((k) => k.replace(/[-\s]/g, '[-\\s]')).sort((a, b) => b.length - a.length).join('|');
/** "on his verified Facebook page", "in a post on X"; or the platform before what was posted: "In a Facebook post on Sunday, …". */
const PLATFORM_RE = new RegExp(
  String.raw`\b(?:(?:on|via|in a (?:post|video|message|tweet) on|to his|to her|to their)\s+(?:his |her |their |its |the )?(?:verified |official |personal )?(${PLATFORMS})` +
    String.raw`|(?:in|through|via) (?:a|an|his|her|their|its) (?:verified |official |personal )?(${PLATFORMS})[-\s](?:post|video|message|status|live|account|page|update|tweet)s?)(?![\p{L}\p{N}])`,
  'iu',
);
const OTHER_CHANNELS: Array<[RegExp, string]> = [
  [/\btweeted\b/i, 'X'],
  [/\bin a (?:written |joint |brief |short )?statement\b|\bsaid in a statement\b|\bissued a statement\b/i, 'statement'],
  [/\btold reporters\b|\bat a (?:news|press) (?:conference|briefing)\b|\btold a (?:news|press) conference\b/i, 'press conference'],
  [/\bin an interview\b/i, 'interview'],
  [/\btold (?:the )?((?:[A-Z][\w’'-]*\s?){1,4}(?:Times|Post|Journal|News|Herald|Tribune|Express|Guardian|Telegraph|Reuters|Agency|TV|Radio|BBC|CNN|AFP))\b/, 'outlet'],
];

/** Words one of the patterns above needs (a platform's first word, "statement", "told" …), marked in the vocabulary. */
const NEEDED = new Set([...[...SOCIAL_PLATFORMS.keys()].map((k) => k.split(/[-\s]/)[0]), 'tweeted', 'statement', 'told', 'conference', 'briefing', 'interview']);
for (const w of NEEDED) registerWord(w).channel = true;

/** Whether a token is one of those words or holds one between other characters ("re-tweeted", "Facebook’s"). */
function holdsNeeded(t: Token): boolean {
  return t.info.channel || (t.info.compound && t.lower.split(/[^a-z0-9]+/).some((part) => NEEDED.has(part)));
}

// The channel depends on the sentence only, and a sentence's attributions ask one after another:
// remembering the last answer keeps a sentence with thousands of cues from rescanning itself each time.
let last: { prose: string; start: number; end: number; channel: string | null } | null = null;

export function channelOf(prose: string, s: Sentence, quotes: readonly QuoteSpan[] = [], found: ReadonlyArray<{ cue: Span }> = []): string | null {
  if (last && last.start === s.start && last.end === s.end && last.prose === prose) return last.channel;
  // Most sentences name no channel: a word check spares them six expressions over their text.
  const channel = s.tokens.some((t) => t.kind === 'word' && holdsNeeded(t)) ? sentenceChannel(quotes.length ? unquoted(prose, s, quotes, found) : prose.slice(s.start, s.end)) : null;
  last = { prose, start: s.start, end: s.end, channel };
  return channel;
}

/**
 * The sentence's text with what its quotes hold blanked out (same length): a platform the speaker
 * names in their own words is not where they spoke ("the Press Secretary said, “Faiz Ahmed has
 * explained on his verified Facebook account …”" was said at a briefing). Not a quote that holds a
 * cue itself, nor one whose opening mark a space follows: mismatched marks pair across the words
 * between two quotes ("…,' it said in a statement. "…").
 */
function unquoted(prose: string, s: Sentence, quotes: readonly QuoteSpan[], found: ReadonlyArray<{ cue: Span }>): string {
  let text = prose.slice(s.start, s.end);
  for (const q of quotes) {
    if (q.scare || q.inner.end <= s.start || q.inner.start >= s.end || /\s/.test(prose[q.inner.start] ?? '') || found.some(({ cue }) => cue.start >= q.inner.start && cue.end <= q.inner.end)) continue;
    const from = Math.max(q.inner.start, s.start) - s.start;
    const to = Math.min(q.inner.end, s.end) - s.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

function sentenceChannel(text: string): string | null {
  const m = PLATFORM_RE.exec(text);
  if (m) {
    const platform = m[1] ?? m[2];
    const key = platform.toLowerCase().replace(/[-\s]+/, ' ');
    // "on X" only counts as the platform when it is capitalized: "on x" is not a post.
    if (key !== 'x' || platform === 'X') return SOCIAL_PLATFORMS.get(key) ?? 'social media';
  }
  for (const [re, name] of OTHER_CHANNELS) {
    const o = re.exec(text);
    if (o) return name === 'outlet' ? o[1].trim() : name;
  }
  return null;
}

export const SOCIAL_CHANNELS = new Set([...SOCIAL_PLATFORMS.values()]);
