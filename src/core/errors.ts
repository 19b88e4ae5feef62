/**
 * Errors meant for the user: a stable code and parameters; the message is rendered in the
 * user's language by src/core/i18n. Hosts throw these for input they cannot read; the CLI
 * prints them as one line and exits with code 2.
 */
export type UserErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-no-permission'
  | 'file-empty'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'is-directory'
  | 'not-a-file'
  | 'write-failed'
  | 'hand-edited'
  | 'file-open-in-excel'
  | 'file-locked'
  | 'folder-read-only'
  | 'folder-missing'
  | 'output-is-directory'
  | 'output-not-workbook'
  | 'disk-full'
  | 'too-many-strings'
  | 'part-too-large'
  | 'read-timeout'
  | 'xml-doctype'
  | 'output-macros'
  | 'output-extension'
  | 'too-large-to-write'
  | 'write-unsupported'
  | 'doc-empty'
  | 'doc-encrypted'
  | 'doc-legacy'
  | 'doc-corrupt'
  | 'doc-unsupported'
  | 'doc-nothing'
  | 'report-no-goal'
  | 'report-no-project'
  | 'usage';

export class UserError extends Error {
  readonly code: UserErrorCode;
  readonly params: Record<string, string>;
  constructor(code: UserErrorCode, params: Record<string, string> = {}, cause?: unknown) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
