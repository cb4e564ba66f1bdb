-- Study groups (server/groups/): a group meets again and again, and what its
-- members answered carries from one meeting to the next. Keys are stored as
-- sha256 hashes only; the invite token is shown to members, so it is kept as is.

CREATE TABLE "StudyGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "exam" TEXT NOT NULL DEFAULT '',
    "inviteToken" TEXT NOT NULL,
    "organizerKeyHash" TEXT NOT NULL,
    "sharedBoard" BOOLEAN NOT NULL DEFAULT false,
    "targetMastery" INTEGER NOT NULL DEFAULT 80,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudyGroup_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StudyGroup_inviteToken_key" ON "StudyGroup"("inviteToken");
CREATE UNIQUE INDEX "StudyGroup_organizerKeyHash_key" ON "StudyGroup"("organizerKeyHash");

CREATE TABLE "GroupBank" (
    "groupId" TEXT NOT NULL,
    "bankSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "GroupBank_pkey" PRIMARY KEY ("groupId", "bankSlug"),
    CONSTRAINT "GroupBank_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "StudyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "linkCodeHash" TEXT,
    "linkCodeExpiresAt" TIMESTAMP(3),
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Member_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Member_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "StudyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Member_keyHash_key" ON "Member"("keyHash");
CREATE UNIQUE INDEX "Member_linkCodeHash_key" ON "Member"("linkCodeHash");
CREATE UNIQUE INDEX "Member_groupId_nameKey_key" ON "Member"("groupId", "nameKey");

-- A member's FSRS card for one question, by the question's stable key (server/groups/memory.ts).
CREATE TABLE "MemberCard" (
    "memberId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" TIMESTAMP(3),
    CONSTRAINT "MemberCard_pkey" PRIMARY KEY ("memberId", "questionKey"),
    CONSTRAINT "MemberCard_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "MemberCard_memberId_due_idx" ON "MemberCard"("memberId", "due");

-- Every answer a member gave, in a game of the group or in practice: mastery,
-- the most missed and the trend are counted from these.
CREATE TABLE "MemberAnswer" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "responseMs" INTEGER,
    "source" TEXT NOT NULL,
    "roundId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "MemberAnswer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MemberAnswer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemberAnswer_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "StudyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "MemberAnswer_groupId_at_idx" ON "MemberAnswer"("groupId", "at");
CREATE INDEX "MemberAnswer_groupId_questionKey_idx" ON "MemberAnswer"("groupId", "questionKey");
CREATE INDEX "MemberAnswer_memberId_at_idx" ON "MemberAnswer"("memberId", "at");
-- A round's answer counts once for a member, however often memory is updated.
CREATE UNIQUE INDEX "MemberAnswer_memberId_roundId_key" ON "MemberAnswer"("memberId", "roundId");

ALTER TABLE "Game" ADD COLUMN "groupId" TEXT;
ALTER TABLE "Game" ADD CONSTRAINT "Game_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "StudyGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Game_groupId_createdAt_idx" ON "Game"("groupId", "createdAt");
ALTER TABLE "Player" ADD COLUMN "memberId" TEXT;
ALTER TABLE "Player" ADD CONSTRAINT "Player_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
