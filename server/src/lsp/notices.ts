import type { Connection } from 'vscode-languageserver';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';

// Notices for the user (a skipped file, an unreadable reviews file). Sent as window/showMessage
// notifications rather than requests: nothing waits for the user to dismiss them.

export function showNotice(connection: Connection, severity: 'error' | 'warning' | 'info', message: string): void {
  const type = severity === 'error' ? MessageType.Error : severity === 'warning' ? MessageType.Warning : MessageType.Info;
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}
