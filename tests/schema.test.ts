import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { Prisma } from '../server/store/generated/client';
import { useTestDb } from './support/db';

// schema.prisma and the SQL migrations must agree: every model's columns exist
// with no extras, and every model round-trips through the generated client.

const db = useTestDb();

const scalarFields: Record<string, Record<string, string>> = {
  Bank: Prisma.BankScalarFieldEnum,
  Question: Prisma.QuestionScalarFieldEnum,
  Option: Prisma.OptionScalarFieldEnum,
  Link: Prisma.LinkScalarFieldEnum,
  Game: Prisma.GameScalarFieldEnum,
  Round: Prisma.RoundScalarFieldEnum,
  Player: Prisma.PlayerScalarFieldEnum,
  Answer: Prisma.AnswerScalarFieldEnum,
  GameLease: Prisma.GameLeaseScalarFieldEnum,
  BankImage: Prisma.BankImageScalarFieldEnum,
  StudyGroup: Prisma.StudyGroupScalarFieldEnum,
  GroupBank: Prisma.GroupBankScalarFieldEnum,
  Member: Prisma.MemberScalarFieldEnum,
  MemberCard: Prisma.MemberCardScalarFieldEnum,
  MemberAnswer: Prisma.MemberAnswerScalarFieldEnum,
};

describe('schema.prisma matches the migrations', () => {
  test('every model has a table with exactly its columns', async () => {
    expect(Object.keys(scalarFields).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      for (const [model, fields] of Object.entries(scalarFields)) {
        const { rows } = await client.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
          [model],
        );
        expect(rows.map((r) => r.column_name).sort(), model).toEqual(Object.values(fields).sort());
      }
    } finally {
      await client.end();
    }
  });

  test('every model round-trips through the generated client', async () => {
    const bank = await db.bank.create({
      data: { slug: 'schema-check', version: 1, title: 'Schema', description: 'd', sourceName: 's.md', contentHash: 'h' },
    });
    const question = await db.question.create({
      data: {
        bankId: bank.id, position: 0, section: 'S', stem: 'Q?', select: 2, explanation: 'E', whyNot: ['n1', 'n2'], line: 7,
        options: { create: [{ position: 0, text: 'A', correct: true, authored: false }] },
        links: { create: [{ position: 0, title: 'T', url: 'https://example.com' }] },
      },
    });
    const game = await db.game.create({
      data: {
        id: 'g-schema', code: '123456', liveCode: '123456', bankId: bank.id, hostTokenHash: 'x', hostDeviceHash: 'y',
        settings: { seconds: 20 }, status: 'lobby', bans: ['spam'], startedAt: new Date(), endedAt: new Date(),
      },
    });
    const option = await db.option.findFirstOrThrow({ where: { questionId: question.id } });
    const round = await db.round.create({
      data: { gameId: game.id, index: 0, questionId: question.id, timeLimitMs: 20000, optionOrder: [option.id], openedAt: new Date(), closedAt: new Date() },
    });
    const player = await db.player.create({
      data: { gameId: game.id, nickname: 'Ada', nicknameKey: 'ada', tokenHash: 't', deviceHash: 'd', joinOrder: 0, score: 10, streak: 1, correctCount: 1, kicked: true },
    });
    await db.answer.create({ data: { roundId: round.id, playerId: player.id, optionIds: [option.id], correct: true, responseMs: 1234, points: 950 } });
    await db.gameLease.create({ data: { gameId: game.id, owner: 'node-a', epoch: 1, expiresAt: new Date() } });
    const image = await db.bankImage.create({ data: { sha256: 'ab'.repeat(32), contentType: 'image/png', bytes: Uint8Array.from([0x89, 0x50]) } });
    expect(Array.from((await db.bankImage.findUniqueOrThrow({ where: { sha256: image.sha256 } })).bytes)).toEqual([0x89, 0x50]);

    const read = await db.game.findUniqueOrThrow({
      where: { id: game.id },
      include: { bank: true, lease: true, players: { include: { answers: true } }, rounds: { include: { question: { include: { options: true, links: true } } } } },
    });
    expect(read.settings).toEqual({ seconds: 20 });
    expect(read.bans).toEqual(['spam']);
    expect(read.players[0]!.deviceHash).toBe('d');
    expect(read.lease).toMatchObject({ owner: 'node-a', epoch: 1 });
    expect(read.rounds[0]!.question.whyNot).toEqual(['n1', 'n2']);
    expect(read.rounds[0]!.question.links[0]!.url).toBe('https://example.com');
    expect(read.rounds[0]!.optionOrder).toEqual([option.id]);
    expect(read.players[0]!.answers[0]).toMatchObject({ optionIds: [option.id], correct: true, responseMs: 1234, points: 950 });
    await expect(
      db.game.create({ data: { id: 'g-dup', code: '123456', liveCode: '123456', bankId: bank.id, hostTokenHash: 'x', hostDeviceHash: 'y', settings: {}, status: 'lobby' } }),
    ).rejects.toMatchObject({ code: 'P2002' });

    const group = await db.studyGroup.create({
      data: {
        id: 'group-schema', name: 'G', exam: 'E', inviteToken: 'invite-schema', organizerKeyHash: 'o', sharedBoard: true, targetMastery: 90,
        banks: { create: [{ bankSlug: bank.slug, position: 0 }] },
        members: { create: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Ada', nameKey: 'ada', keyHash: 'k', linkCodeHash: 'l', linkCodeExpiresAt: new Date() }] },
      },
    });
    const memberId = '00000000-0000-4000-8000-000000000001';
    await db.game.update({ where: { id: game.id }, data: { groupId: group.id } });
    await db.player.update({ where: { id: player.id }, data: { memberId } });
    await db.memberCard.create({
      data: { memberId, questionKey: 'qk', due: new Date(), stability: 2.5, difficulty: 5.1, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date() },
    });
    await db.memberAnswer.create({
      data: { id: '00000000-0000-4000-8000-000000000002', memberId, groupId: group.id, questionKey: 'qk', questionId: question.id, section: 'S', correct: false, confidence: 'unsure', responseMs: null, source: 'practice', roundId: round.id, at: new Date() },
    });
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { cards: true, answers: true, players: true, group: { include: { banks: true, games: true } } } });
    expect(member.cards[0]).toMatchObject({ questionKey: 'qk', stability: 2.5, difficulty: 5.1, scheduledDays: 3 });
    expect(member.answers[0]).toMatchObject({ correct: false, confidence: 'unsure', responseMs: null, source: 'practice' });
    expect(member.players.map((p) => p.id)).toEqual([player.id]);
    expect(member.group.banks[0]!.bankSlug).toBe(bank.slug);
    expect(member.group.games.map((g) => g.id)).toEqual([game.id]);

    await db.game.delete({ where: { id: game.id } });
    await db.studyGroup.delete({ where: { id: group.id } });
    await db.bank.delete({ where: { id: bank.id } });
  });
});
