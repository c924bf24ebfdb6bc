// "Attribute to …": the server offers the document's sources; the user picks one in a quick pick
// and the attribution is inserted as an undoable edit.
import { commands, Position, Uri, window, workspace, WorkspaceEdit, type Disposable } from 'vscode';

export function registerAttributeCommand(): Disposable {
  return commands.registerCommand('sourcecheck.attributeTo', async (uri: string, at: { line: number; character: number }, names: string[]) => {
    const name = await window.showQuickPick(names, { title: 'Attribute to …', placeHolder: 'Who says so? Pick a source named in this article' });
    if (!name) return false;
    const edit = new WorkspaceEdit();
    edit.insert(Uri.parse(uri), new Position(at.line, at.character), `, according to ${name}`);
    return workspace.applyEdit(edit);
  });
}
