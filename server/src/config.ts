// Settings from .sourcecheck.json and from the editor. Config is data: parsed as JSON, validated
// field by field, never executed. Every problem is reported once and the default applies.
import { RULE_IDS } from './rules';
import type { SeveritySetting } from './rules/types';
import type { CheckSettings } from './check';

export const CONFIG_FILE = '.sourcecheck.json';
const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);
const MAX_TERMS = 1000;

export interface Config extends CheckSettings {
  extraCues: string[];
  rules: Record<string, SeveritySetting>;
}

export interface ConfigResult {
  config: Config;
  problems: string[];
}

export function defaultConfig(): Config {
  return { rules: {}, extraCues: [] };
}

export function parseConfigText(text: string, origin = CONFIG_FILE): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: defaultConfig(), problems: [`${origin}: not valid JSON (${(e as Error).message}); using defaults`] };
  }
  return validateConfig(raw, origin);
}

export function validateConfig(raw: unknown, origin = CONFIG_FILE): ConfigResult {
  const config = defaultConfig();
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [`${origin}: expected an object; using defaults`] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['rules', 'extraCues', '$schema'].includes(key)) problems.push(`${origin}: unknown key "${key}" ignored`);
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push(`${origin}: "rules" must be an object of rule id to severity; ignored`);
    } else {
      for (const [id, sev] of Object.entries(obj.rules)) {
        if (!RULE_IDS.includes(id)) problems.push(`${origin}: unknown rule "${id}" ignored`);
        else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) problems.push(`${origin}: rule "${id}" has severity ${JSON.stringify(sev)}; expected off, hint, information, warning or error`);
        else config.rules[id] = sev as SeveritySetting;
      }
    }
  }
  if (obj.extraCues !== undefined) config.extraCues = termList(obj.extraCues, 'extraCues', origin, problems);
  return { config, problems };
}

function termList(value: unknown, key: string, origin: string, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${origin}: "${key}" must be a list of words; ignored`);
    return [];
  }
  const out = value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 100);
  if (out.length !== value.length) problems.push(`${origin}: "${key}" entries must be non-empty words of at most 100 characters; others ignored`);
  if (out.length > MAX_TERMS) problems.push(`${origin}: "${key}" has ${out.length} entries; only the first ${MAX_TERMS} are used`);
  return out.slice(0, MAX_TERMS).map((s) => s.trim().toLowerCase());
}
