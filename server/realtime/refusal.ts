/** A refusal the user can act on, sent back through the ack. */
export class Refusal extends Error {
  constructor(message: string, readonly code = 'refused') {
    super(message);
  }
}
