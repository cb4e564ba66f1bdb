import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';
import { describe, expect, test } from 'vitest';
import { SplicedJson, splicer, SplicingEncoder } from './spliced-json';

/** What a browser's stock socket.io-parser reads from an encoded packet. */
function decode(encoded: ReturnType<Encoder['encode']>): Packet {
  const decoder = new Decoder();
  let packet: Packet | undefined;
  decoder.on('decoded', (p: Packet) => void (packet = p));
  for (const part of encoded) decoder.add(part);
  return packet!;
}

const reveal = { screen: 'reveal', round: { index: 2, stem: 'Which "service" {stores} it?\n' }, reveal: { explanation: 'Because }', counts: [3, 0] } };

describe('splicer', () => {
  test("adds each player's own fields to the shared JSON, which is made once", () => {
    const whole = splicer(reveal);
    for (const you of [{ rank: 1, note: 'a "quoted" }{ text' }, { rank: 2, note: null }]) {
      expect(JSON.parse(whole({ you }).json)).toEqual({ ...reveal, you });
    }
  });

  test('an empty own part or an empty base still makes JSON', () => {
    expect(JSON.parse(splicer(reveal)({}).json)).toEqual(reveal);
    expect(JSON.parse(splicer({})({ a: 1 }).json)).toEqual({ a: 1 });
    expect(splicer({})({}).json).toBe('{}');
  });

  test('JSON.stringify of a SplicedJson is the object it holds', () => {
    const spliced = splicer(reveal)({ you: { rank: 3 } });
    expect(JSON.parse(JSON.stringify({ screen: spliced }))).toEqual({ screen: { ...reveal, you: { rank: 3 } } });
  });
});

describe('SplicingEncoder', () => {
  const spliced = new SplicedJson(JSON.stringify(reveal));

  test('writes exactly what the stock encoder writes for the same object, so browsers decode it unchanged', () => {
    const packets: Packet[] = [
      { type: PacketType.EVENT, nsp: '/', data: ['player:screen', spliced] },
      { type: PacketType.EVENT, nsp: '/', data: ['player:screen', spliced, 'offset-7'] }, // connection state recovery appends an offset
      { type: PacketType.EVENT, nsp: '/admin', id: 12, data: ['player:screen', spliced, undefined] },
    ];
    for (const packet of packets) {
      const plain = { ...packet, data: (packet.data as unknown[]).map((arg) => (arg instanceof SplicedJson ? arg.toJSON() : arg)) };
      const encoded = new SplicingEncoder().encode(packet);
      expect(encoded).toEqual(new Encoder().encode(plain));
      expect(decode(encoded)).toEqual(decode(new Encoder().encode(plain)));
    }
  });

  test('leaves every other packet to the stock encoder, binary ones too', () => {
    const packets: Packet[] = [
      { type: PacketType.EVENT, nsp: '/', data: ['host:screen', reveal] },
      { type: PacketType.ACK, nsp: '/', id: 3, data: [{ ok: true }] },
      { type: PacketType.EVENT, nsp: '/', data: ['blob', Buffer.from('abc')] },
      { type: PacketType.CONNECT, nsp: '/', data: { sid: 'x' } },
    ];
    for (const packet of packets) expect(new SplicingEncoder().encode(packet)).toEqual(new Encoder().encode(packet));
  });
});
