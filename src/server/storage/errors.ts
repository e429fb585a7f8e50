/** Storage errors that map to clear 4xx answers; anything else is a real server fault. */
export class StorageError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    readonly code: 'invalid' | 'not_found' | 'conflict' | 'unknown_session' | 'unknown_instrument',
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export const notFound = (what: string) => new StorageError(404, 'not_found', `${what} not found`);
export const conflict = (message: string) => new StorageError(409, 'conflict', message);
export const invalid = (message: string) => new StorageError(400, 'invalid', message);
export const unknownSession = (id: string) =>
  new StorageError(422, 'unknown_session', `session ${id} is not known: send its start first`);
