import { Decoder, Encoder, PacketType, protocol, type Packet } from 'socket.io-parser';

/**
 * Text that is already JSON, sent as an event's argument. A reveal is the same
 * for the 2,000 phones of a room but for each player's few own fields: it is
 * serialised once, and each phone's message is that text with its own fields
 * spliced in. So each phone costs one small serialisation and ONE socket write,
 * where a shared broadcast plus a personal message cost two.
 */
export class SplicedJson {
  /**
   * The JSON text is `head + tail`, joined only when it is written: what stays
   * (Socket.IO keeps sent packets two minutes to replay them) is the head all
   * players share and each one's few own fields.
   */
  constructor(
    private readonly head: string,
    private readonly tail = '',
  ) {}

  get json(): string {
    return this.head + this.tail;
  }

  /** What an encoder other than the one below would send (JSON.stringify calls it): the same object. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** `base`'s JSON made once; each call adds `own`'s fields (keys that `base` does not have) to it. */
export function splicer(base: object): (own: object) => SplicedJson {
  const head = JSON.stringify(base).slice(0, -1); // without its closing brace
  const comma = head.length > 1 ? ',' : '';
  return (own) => {
    const fields = JSON.stringify(own).slice(1, -1);
    return new SplicedJson(head, fields ? `${comma}${fields}}` : '}');
  };
}

/** socket.io-parser's encoder, writing a SplicedJson argument as the text it holds. */
export class SplicingEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<Encoder['encode']> {
    const args: unknown[] | undefined = packet.type === PacketType.EVENT && Array.isArray(packet.data) ? packet.data : undefined;
    if (!args?.some((arg) => arg instanceof SplicedJson)) return super.encode(packet);
    // As socket.io-parser writes a text event: type, namespace unless "/", ack id, then the arguments' JSON array.
    const nsp = packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : '';
    const json = args.map((arg) => (arg instanceof SplicedJson ? arg.json : (JSON.stringify(arg) ?? 'null'))).join(',');
    return [`${PacketType.EVENT}${nsp}${packet.id ?? ''}[${json}]`];
  }
}

/** Socket.IO's `parser` option: the standard wire format (browsers use the stock parser), spliced JSON written as is. */
export const splicingParser = { protocol, Encoder: SplicingEncoder, Decoder };
