/** A refusal the user can act on, sent back through the ack. */
export class Refusal extends Error {
  constructor(message: string, readonly code = 'refused') {
    super(message);
  }
}

/** The game could not store a command's effects; nothing changed, and the same command can be sent again. */
export class StorageFailure extends Error {
  constructor(cause: unknown) {
    super('the database did not store a batch', { cause });
  }
}
