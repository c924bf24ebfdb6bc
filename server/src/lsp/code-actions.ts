// Quick fixes: an attribution placeholder or a named source on unattributed claims, an inline
// ignore comment on any finding, and switching a rule off in .sourcecheck.json. Every fix is a
// WorkspaceEdit, so the editor can undo it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel, Sentence } from '../analysis/types';
import { CONFIG_FILE } from '../config';
import type { Analysed } from './documents';
import type { ServerContext } from './context';

export const ATTRIBUTE_COMMAND = 'sourcecheck.attributeTo';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.addCodeActions((params, analysed, doc) => {
    const actions: CodeAction[] = [];
    const settings = ctx.settings();
    const ours = params.context.diagnostics.filter((d) => d.source === 'sourcecheck' && typeof d.code === 'string');
    const seenRules = new Set<string>();
    for (const d of ours) {
      const rule = d.code as string;
      if (rule === 'unattributed-claim') actions.push(...attributionFixes(d, analysed, doc, settings.placeholder));
      actions.push(ignoreFinding(d, doc, settings.commentPrefix));
      if (!seenRules.has(rule)) {
        seenRules.add(rule);
        const disable = disableRule(rule, d, ctx.workspaceRoots()[0]);
        if (disable) actions.push(disable);
      }
    }
    return actions;
  });
}

/** Where an attribution goes: before the sentence's closing punctuation and quotes. */
export function insertionOffset(model: DocumentModel, s: Sentence): number {
  let i = s.tokens.length - 1;
  while (i > 0 && (s.tokens[i].kind === 'punct' || s.tokens[i].kind === 'quote') && /^[.!?…"”’)\]]+$/.test(s.tokens[i].text)) i--;
  return s.tokens[i].end;
}

function attributionFixes(d: Diagnostic, analysed: Analysed, doc: TextDocument, placeholder: string): CodeAction[] {
  const { model, index } = analysed;
  const offset = index.offsetAt(d.range.start);
  const sentence = model.sentences.find((s) => offset >= s.start && offset < s.end);
  if (!sentence) return [];
  const at = index.positionAt(insertionOffset(model, sentence));
  const edit: TextEdit = { range: { start: at, end: at }, newText: ` ${placeholder}` };
  const actions: CodeAction[] = [
    {
      title: `Insert attribution placeholder "${placeholder}"`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [edit] } },
    },
  ];
  const names = [...new Set(model.sources.filter((s) => s.type !== 'vague' && s.mentions.length).map((s) => s.name))];
  if (names.length) {
    actions.push({
      title: 'Attribute to …',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Attribute to …', command: ATTRIBUTE_COMMAND, arguments: [doc.uri, at, names] },
    });
  }
  return actions;
}

function ignoreFinding(d: Diagnostic, doc: TextDocument, prefix: string): CodeAction {
  const line = d.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = /\r\n$/.test(lineText) || doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const comment = doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri)
    ? `<!-- sourcecheck-disable-next-line ${d.code} -->`
    : `${prefix} sourcecheck-disable-next-line ${d.code}`;
  return {
    title: 'Ignore this finding',
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` }] } },
  };
}

/** Edits (or creates) the workspace's .sourcecheck.json; never touches a file it cannot parse. */
function disableRule(rule: string, d: Diagnostic, root: string | undefined): CodeAction | null {
  if (!root) return null;
  const path = join(root, CONFIG_FILE);
  const uri = pathToFileURL(path).href;
  let edit: WorkspaceEdit;
  if (existsSync(path)) {
    let text: string;
    let config: Record<string, unknown>;
    try {
      text = readFileSync(path, 'utf8');
      config = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return null;
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) return null;
    const rules = typeof config.rules === 'object' && config.rules !== null && !Array.isArray(config.rules) ? (config.rules as Record<string, unknown>) : {};
    const updated = JSON.stringify({ ...config, rules: { ...rules, [rule]: 'off' } }, null, 2) + '\n';
    const lines = text.split(/\r\n|\r|\n/);
    edit = {
      documentChanges: [
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: updated }] },
      ],
    };
  } else {
    edit = {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: JSON.stringify({ rules: { [rule]: 'off' } }, null, 2) + '\n' }] },
      ],
    };
  }
  return { title: `Disable rule ${rule} in this workspace`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
}
