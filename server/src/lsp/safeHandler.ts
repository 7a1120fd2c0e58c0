import { ErrorCodes, ResponseError } from 'vscode-languageserver';

// One failing feature must never take the server down: every request handler is wrapped so that a
// throw becomes an LSP error response plus a log line, and every notification handler so that a
// throw becomes a log line. Cancellations and deliberate ResponseErrors pass through untouched.

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export function safeRequest<P, R, Rest extends unknown[]>(
  logger: Logger,
  name: string,
  handler: (params: P, ...rest: Rest) => R | Promise<R>,
): (params: P, ...rest: Rest) => Promise<R> {
  return async (params, ...rest) => {
    try {
      return await handler(params, ...rest);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logger.error(`${name} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `Policy Lens: ${name} failed: ${messageOf(error)}`);
    }
  };
}

export function safeNotification<P>(logger: Logger, name: string, handler: (params: P) => unknown): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error: unknown) => logger.error(`${name} failed: ${describeError(error)}`));
    } catch (error) {
      logger.error(`${name} failed: ${describeError(error)}`);
    }
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeError(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : String(error);
}
