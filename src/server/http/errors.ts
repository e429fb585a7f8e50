import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError, type ZodType, type z } from 'zod';
import type { ApiError } from '../../core/schemas/session.ts';
import { StorageError } from '../storage/errors.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError['issues'],
  ) {
    super(message);
  }
}

/** Parses with a shared zod schema; a failure is a 400 naming each bad field. */
export function parseWith<S extends ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new HttpError(
    400,
    'invalid_input',
    `The request ${where} is not valid`,
    r.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
  );
}

const KNOWN_CLIENT_ERRORS: Record<string, [string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The request body is empty; send a JSON object'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body_too_large', 'The request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported_media_type',
    'Send JSON (Content-Type: application/json)',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'The Content-Length does not match the body'],
};

function body(code: string, message: string, issues?: ApiError['issues']): ApiError {
  return issues ? { error: code, message, issues } : { error: code, message };
}

/**
 * Every failure becomes a JSON answer with a clear reason. Client mistakes are 4xx; only a real
 * fault is a 500, and its details stay in the server log.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.status).send(body(err.code, err.message, err.issues));
    }
    if (err instanceof StorageError)
      return reply.status(err.status).send(body(err.code, err.message));
    if (err instanceof ZodError) {
      return reply.status(400).send(body('invalid_input', 'The request is not valid'));
    }
    const status = (err as FastifyError).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const fe = err as FastifyError;
      const known = KNOWN_CLIENT_ERRORS[fe.code];
      const [code, message] = known ?? ['bad_request', err.message];
      return reply.status(status).send(body(code, message));
    }
    req.log.error(err);
    return reply.status(500).send(body('internal', 'Something went wrong on the server'));
  });
}
