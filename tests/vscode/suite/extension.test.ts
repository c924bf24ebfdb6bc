// The extension through VS Code's own API, inside the Extension Development Host: diagnostics of the seed, hovers,
// code actions and a fix applied then undone. The runner opens a workspace holding a copy of seeds/.
import assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { checkText } from '../../../server/src/check';

const WAIT = 60_000;

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const end = Date.now() + WAIT;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${WAIT / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const hoverText = (hovers: vscode.Hover[]): string =>
  hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

/** Position of `word` inside the first occurrence of `context` in the document. */
function positionOf(doc: vscode.TextDocument, context: string, word: string): vscode.Position {
  const at = doc.getText().indexOf(context);
  assert.ok(at >= 0, `"${context}" is not in the seed`);
  return doc.positionAt(at + context.indexOf(word));
}

describe('Source Check in VS Code', () => {
  let doc: vscode.TextDocument;
  let expected: ReturnType<typeof checkText>['findings'];

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder open (the runner opens a copy of seeds/)');
    const seeds = vscode.Uri.joinPath(folder.uri, 'seeds');
    const entries = await vscode.workspace.fs.readDirectory(seeds);
    const name = entries.map(([n]) => n).find((n) => n.endsWith('.txt'));
    assert.ok(name, 'no .txt article in seeds/');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seeds, name));
    await vscode.window.showTextDocument(doc);
    expected = checkText(doc.getText(), 'plaintext').findings;
    assert.ok(expected.length > 0, 'the reference analysis found nothing in the seed');
  });

  it('activates and publishes the seed\'s findings as diagnostics', async () => {
    const ext = vscode.extensions.getExtension('sourcecheck.sourcecheck');
    assert.ok(ext, 'extension sourcecheck.sourcecheck is not loaded');
    const diags = await until('the seed\'s diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'sourcecheck');
      return d.length >= expected.length ? d : undefined;
    });
    assert.ok(ext.isActive);
    const severity = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint };
    const key = (line: number, ch: number, sev: number, rule: unknown, msg: string): string => `${line}:${ch} ${sev} ${rule} ${msg}`;
    const shown = diags.map((d) => {
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      return key(d.range.start.line, d.range.start.character, d.severity, code, d.message);
    });
    const want = expected.map((f) => {
      const p = doc.positionAt(f.start);
      return key(p.line, p.character, severity[f.severity], f.rule, f.message);
    });
    assert.deepEqual(shown.sort(), want.sort());
  });

  it('hovers resolve "he" in line 2 to Pete Hegseth and show line 12 as unconfirmed, with evidence', async () => {
    const he = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'The pact, he said', 'he')));
    assert.match(he, /Source: \*\*Pete Hegseth\*\*/);
    assert.match(he, /Mention: “he” → Pete Hegseth/);
    const line12 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Modi and claimed India', 'claimed')));
    assert.match(line12, /Unconfirmed/);
    assert.match(line12, /Hedged by the article: “claimed”/);
    assert.match(line12, /Not confirmed: “has not publicly confirmed”/);
  });

  it('offers quick fixes on an unattributed claim; the placeholder fix edits the text and undo restores it', async () => {
    const original = doc.getText();
    const diag = vscode.languages.getDiagnostics(doc.uri).find((d) => d.code !== undefined && JSON.stringify(d.code).includes('unattributed-claim'));
    assert.ok(diag, 'no unattributed-claim diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    for (const t of ['Insert attribution placeholder', 'Ignore this finding', 'Disable rule']) assert.ok(titles.some((x) => x.startsWith(t)), `no "${t}…" among ${JSON.stringify(titles)}`);
    const fix = actions.find((a) => a.title.startsWith('Insert attribution placeholder'));
    assert.ok(fix?.edit, 'the placeholder fix carries no edit');
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);

    const [start, end] = [doc.offsetAt(diag.range.start), doc.offsetAt(diag.range.end)];
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    // The edit inserts " [source?]" at one place: just before the sentence's final punctuation mark.
    const edited = doc.getText();
    let at = 0;
    while (at < original.length && edited[at] === original[at]) at++;
    assert.equal(edited.slice(at, at + 10), ' [source?]');
    assert.equal(edited.slice(0, at) + edited.slice(at + 10), original, 'the fix changed more than the placeholder');
    assert.ok(at > start && at < end, 'placeholder outside the claim');
    assert.match(original[at], /[.!?]/, `placeholder before "${original[at]}", not the final punctuation`);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'undo did not restore the seed');
    await vscode.commands.executeCommand('workbench.action.files.revert'); // leave nothing dirty behind
  });
});
