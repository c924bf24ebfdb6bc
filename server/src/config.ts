// Settings from .sourcecheck.json and from the editor. Config is data: parsed as JSON, validated
// field by field, never executed. Every problem is reported once and the default applies.
import { RULE_IDS } from './rules';
import type { SeveritySetting } from './rules/types';
import type { CheckSettings } from './check';
import { validateTermList } from './util/patterns';

export const CONFIG_FILE = '.sourcecheck.json';
const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

export interface Config extends CheckSettings {
  rules: Record<string, SeveritySetting>;
  extraCues: string[];
  vagueTerms: string[];
  hedges: string[];
  trustedOutlets: string[];
  placeholder: string;
  commentPrefix: string;
  files: string[];
}

/** Keys whose values are lists of literal terms; in untrusted workspaces the file's are ignored. */
export const TERM_KEYS = ['extraCues', 'vagueTerms', 'hedges', 'trustedOutlets'] as const;
const KNOWN_KEYS = new Set<string>(['$schema', 'rules', 'placeholder', 'commentPrefix', 'files', ...TERM_KEYS]);

export interface ConfigResult {
  config: Config;
  problems: string[];
}

export function defaultConfig(): Config {
  return {
    rules: {},
    extraCues: [],
    vagueTerms: [],
    hedges: [],
    trustedOutlets: [],
    placeholder: '[source?]',
    commentPrefix: '//',
    files: ['**/*.txt', '**/*.md', '**/*.markdown'],
  };
}

export function parseConfigText(text: string, origin = CONFIG_FILE): ConfigResult & { partial: Partial<Config> } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { config: defaultConfig(), partial: {}, problems: [`${origin}: not valid JSON (${(e as Error).message}); using defaults`] };
  }
  return validateConfig(raw, origin);
}

/** Validates an object; `partial` holds only the keys it set validly, for layering over settings. */
export function validateConfig(raw: unknown, origin = CONFIG_FILE): ConfigResult & { partial: Partial<Config> } {
  const partial: Partial<Config> = {};
  const problems: string[] = [];
  const done = () => ({ config: { ...defaultConfig(), ...partial }, partial, problems });
  if (raw === null || raw === undefined) return done();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${origin}: expected an object; using defaults`);
    return done();
  }
  const obj = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(obj).filter((key) => !KNOWN_KEYS.has(key));
  if (unknownKeys.length) problems.push(`${origin}: unknown ${unknownKeys.length > 1 ? 'keys' : 'key'} ${nameSome(unknownKeys)} ignored`);

  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push(`${origin}: "rules" must be an object of rule id to severity; ignored`);
    } else {
      const rules: Record<string, SeveritySetting> = {};
      const unknownRules: string[] = [];
      for (const [id, sev] of Object.entries(obj.rules)) {
        if (!RULE_IDS.includes(id)) unknownRules.push(id);
        else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) problems.push(`${origin}: rule "${id}" has severity ${JSON.stringify(sev)}; expected off, hint, information, warning or error`);
        else rules[id] = sev as SeveritySetting;
      }
      if (unknownRules.length) problems.push(`${origin}: unknown ${unknownRules.length > 1 ? 'rules' : 'rule'} ${nameSome(unknownRules)} ignored`);
      partial.rules = rules;
    }
  }
  for (const key of TERM_KEYS) if (obj[key] !== undefined) partial[key] = termList(obj[key], key, origin, problems);
  if (obj.placeholder !== undefined) {
    if (typeof obj.placeholder === 'string' && obj.placeholder.trim() && obj.placeholder.length <= 100 && !/[\r\n]/.test(obj.placeholder)) partial.placeholder = obj.placeholder;
    else problems.push(`${origin}: "placeholder" must be one line of text of at most 100 characters; using "[source?]"`);
  }
  if (obj.commentPrefix !== undefined) {
    if (typeof obj.commentPrefix === 'string' && /^\S{1,5}$/.test(obj.commentPrefix)) partial.commentPrefix = obj.commentPrefix;
    else problems.push(`${origin}: "commentPrefix" must be 1 to 5 non-space characters such as "//" or "#"; using "//"`);
  }
  if (obj.files !== undefined) {
    const files = termList(obj.files, 'files', origin, problems, false);
    if (files.length) partial.files = files;
  }
  return done();
}

/** Names a few of a possibly huge list, so one problem stays one short line. */
function nameSome(names: string[]): string {
  const shown = names.slice(0, 3).map((n) => JSON.stringify(n.length > 40 ? n.slice(0, 40) + '…' : n)).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function termList(value: unknown, key: string, origin: string, problems: string[], lower = true): string[] {
  return validateTermList(value, { key, origin, lower }, problems);
}

/**
 * Settings first, the workspace's .sourcecheck.json over them. In an untrusted workspace the file's
 * term lists are ignored (as the manifest declares); its severities still apply.
 */
export function mergeConfig(settings: Partial<Config>, file: Partial<Config>, trusted: boolean): Config {
  const fromFile: Partial<Config> = { ...file };
  if (!trusted) for (const key of TERM_KEYS) delete fromFile[key];
  return { ...defaultConfig(), ...settings, ...fromFile, rules: { ...(settings.rules ?? {}), ...(fromFile.rules ?? {}) } };
}
