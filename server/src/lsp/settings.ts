// Effective settings: the editor's `sourcecheck.*` settings, with the workspace's .sourcecheck.json
// over them. Problems become one notification each and diagnostics on the config file itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE, mergeConfig, parseConfigText, validateConfig, type Config } from '../config';
import type { ServerSettings } from './context';

export const SERVER_DEFAULTS = { enable: true, debounceMs: 200, maxDocumentSize: 20_000_000, inlayHints: true };

export interface ConfigFileState {
  uri: string | null;
  diagnostics: Diagnostic[];
  problems: string[];
  partial: Partial<Config>;
}

/** Reads the first workspace root's .sourcecheck.json, if any. Never throws. */
export function readConfigFile(roots: string[]): ConfigFileState {
  for (const root of roots) {
    const path = join(root, CONFIG_FILE);
    if (!existsSync(path)) continue;
    const uri = pathToFileURL(path).href;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const problem = `${CONFIG_FILE}: cannot read (${(e as Error).message}); using defaults`;
      return { uri, diagnostics: [diagnostic(problem, 0, 0)], problems: [problem], partial: {} };
    }
    const { partial, problems } = parseConfigText(text, CONFIG_FILE);
    return { uri, problems, partial, diagnostics: problems.map((p) => locate(p, text)) };
  }
  return { uri: null, diagnostics: [], problems: [], partial: {} };
}

/** Puts a problem on the line of the key it names, or where JSON.parse stopped. */
function locate(problem: string, text: string): Diagnostic {
  const at = /at position (\d+)/.exec(problem);
  const key = /"([^"]+)"/.exec(problem);
  let offset = at ? Number(at[1]) : key ? text.indexOf(`"${key[1]}"`) : 0;
  if (offset < 0) offset = 0;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return diagnostic(problem, before.length - 1, before[before.length - 1].length);
}

function diagnostic(message: string, line: number, character: number): Diagnostic {
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Warning,
    source: 'sourcecheck',
    message,
  };
}

export function toServerSettings(raw: Record<string, unknown>, file: Partial<Config>, trusted: boolean, report: (problem: string) => void): ServerSettings {
  const { partial, problems } = validateConfig(
    Object.fromEntries(['rules', 'extraCues', 'vagueTerms', 'hedges', 'trustedOutlets', 'placeholder', 'commentPrefix', 'files'].filter((k) => raw[k] !== undefined && raw[k] !== null).map((k) => [k, raw[k]])),
    'settings',
  );
  problems.forEach(report);
  const num = (key: 'debounceMs' | 'maxDocumentSize', min: number, max: number): number => {
    const v = raw[key];
    const fallback = SERVER_DEFAULTS[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      report(`setting sourcecheck.${key} must be a number from ${min} to ${max}; using ${fallback}`);
      return fallback;
    }
    return v;
  };
  const hints = raw.inlayHints as { enabled?: unknown } | undefined;
  return {
    ...mergeConfig(partial, file, trusted),
    enable: raw.enable !== false,
    debounceMs: num('debounceMs', 0, 5000),
    maxDocumentSize: num('maxDocumentSize', 0, 1e9),
    inlayHints: hints?.enabled !== false,
  };
}
