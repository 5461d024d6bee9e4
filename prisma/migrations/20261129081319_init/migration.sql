-- CreateTable
CREATE TABLE "CatalogMeta" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "seededAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "url" TEXT,
    "doi" TEXT,
    "kind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Cause" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "category" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "cantMiss" BOOLEAN NOT NULL,
    "prevalenceTier" TEXT NOT NULL,
    "prevalenceSource" TEXT NOT NULL,
    "typicalAge" JSONB NOT NULL,
    "typicalSex" TEXT NOT NULL,
    "onset" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "laterality" TEXT NOT NULL,
    "distribution" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "keyFeatures" JSONB NOT NULL,
    "distinguishing" JSONB NOT NULL,
    "pitfalls" JSONB NOT NULL,
    "prognosis" TEXT NOT NULL,
    "reversibility" TEXT NOT NULL,
    "prevention" JSONB NOT NULL,
    "codes" JSONB NOT NULL,
    "lastReviewed" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT,
    "description" TEXT,
    "backgroundFrequency" REAL NOT NULL,
    "backgroundEvidence" TEXT NOT NULL,
    "codes" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "CauseFinding" (
    "causeId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "probability" REAL NOT NULL,
    "evidence" TEXT NOT NULL,
    "referenceId" TEXT,
    "note" TEXT,

    PRIMARY KEY ("causeId", "findingId"),
    CONSTRAINT "CauseFinding_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CauseFinding_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CauseFinding_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Test" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "shows" TEXT NOT NULL,
    "whenToOrder" TEXT NOT NULL,
    "thresholds" JSONB NOT NULL,
    "codes" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "CauseTest" (
    "causeId" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "supportingResult" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,

    PRIMARY KEY ("causeId", "testId"),
    CONSTRAINT "CauseTest_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CauseTest_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Treatment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "cautions" JSONB NOT NULL,
    "contraindications" JSONB NOT NULL,
    "codes" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "CauseTreatment" (
    "causeId" TEXT NOT NULL,
    "treatmentId" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    "evidenceLevel" TEXT NOT NULL,
    "dose" TEXT,
    "notes" TEXT,

    PRIMARY KEY ("causeId", "treatmentId"),
    CONSTRAINT "CauseTreatment_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CauseTreatment_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CauseReference" (
    "causeId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    PRIMARY KEY ("causeId", "referenceId"),
    CONSTRAINT "CauseReference_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CauseReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TestReference" (
    "testId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    PRIMARY KEY ("testId", "referenceId"),
    CONSTRAINT "TestReference_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TestReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TreatmentReference" (
    "treatmentId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    PRIMARY KEY ("treatmentId", "referenceId"),
    CONSTRAINT "TreatmentReference_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TreatmentReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RedFlagRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "action" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RedFlagTrigger" (
    "ruleId" TEXT NOT NULL,
    "group" INTEGER NOT NULL,
    "findingId" TEXT NOT NULL,

    PRIMARY KEY ("ruleId", "group", "findingId"),
    CONSTRAINT "RedFlagTrigger_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RedFlagRule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RedFlagTrigger_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RedFlagCause" (
    "ruleId" TEXT NOT NULL,
    "causeId" TEXT NOT NULL,

    PRIMARY KEY ("ruleId", "causeId"),
    CONSTRAINT "RedFlagCause_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RedFlagRule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RedFlagCause_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Advice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "causeIds" JSONB NOT NULL,
    "sortKey" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "CauseFinding_findingId_idx" ON "CauseFinding"("findingId");

-- CreateIndex
CREATE INDEX "CauseTest_testId_idx" ON "CauseTest"("testId");

-- CreateIndex
CREATE INDEX "CauseTreatment_treatmentId_idx" ON "CauseTreatment"("treatmentId");
