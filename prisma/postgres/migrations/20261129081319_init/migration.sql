-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "CatalogMeta" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogMeta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "url" TEXT,
    "doi" TEXT,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cause" (
    "id" TEXT NOT NULL,
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
    "lastReviewed" TEXT NOT NULL,

    CONSTRAINT "Cause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT,
    "description" TEXT,
    "backgroundFrequency" DOUBLE PRECISION NOT NULL,
    "backgroundEvidence" TEXT NOT NULL,
    "codes" JSONB NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CauseFinding" (
    "causeId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "evidence" TEXT NOT NULL,
    "referenceId" TEXT,
    "note" TEXT,

    CONSTRAINT "CauseFinding_pkey" PRIMARY KEY ("causeId","findingId")
);

-- CreateTable
CREATE TABLE "Test" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "shows" TEXT NOT NULL,
    "whenToOrder" TEXT NOT NULL,
    "thresholds" JSONB NOT NULL,
    "codes" JSONB NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CauseTest" (
    "causeId" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "supportingResult" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,

    CONSTRAINT "CauseTest_pkey" PRIMARY KEY ("causeId","testId")
);

-- CreateTable
CREATE TABLE "Treatment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "mechanism" TEXT NOT NULL,
    "cautions" JSONB NOT NULL,
    "contraindications" JSONB NOT NULL,
    "codes" JSONB NOT NULL,

    CONSTRAINT "Treatment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CauseTreatment" (
    "causeId" TEXT NOT NULL,
    "treatmentId" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    "evidenceLevel" TEXT NOT NULL,
    "dose" TEXT,
    "notes" TEXT,

    CONSTRAINT "CauseTreatment_pkey" PRIMARY KEY ("causeId","treatmentId")
);

-- CreateTable
CREATE TABLE "CauseReference" (
    "causeId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    CONSTRAINT "CauseReference_pkey" PRIMARY KEY ("causeId","referenceId")
);

-- CreateTable
CREATE TABLE "TestReference" (
    "testId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    CONSTRAINT "TestReference_pkey" PRIMARY KEY ("testId","referenceId")
);

-- CreateTable
CREATE TABLE "TreatmentReference" (
    "treatmentId" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,

    CONSTRAINT "TreatmentReference_pkey" PRIMARY KEY ("treatmentId","referenceId")
);

-- CreateTable
CREATE TABLE "RedFlagRule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "RedFlagRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RedFlagTrigger" (
    "ruleId" TEXT NOT NULL,
    "group" INTEGER NOT NULL,
    "findingId" TEXT NOT NULL,

    CONSTRAINT "RedFlagTrigger_pkey" PRIMARY KEY ("ruleId","group","findingId")
);

-- CreateTable
CREATE TABLE "RedFlagCause" (
    "ruleId" TEXT NOT NULL,
    "causeId" TEXT NOT NULL,

    CONSTRAINT "RedFlagCause_pkey" PRIMARY KEY ("ruleId","causeId")
);

-- CreateTable
CREATE TABLE "Advice" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "causeIds" JSONB NOT NULL,
    "sortKey" INTEGER NOT NULL,

    CONSTRAINT "Advice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CauseFinding_findingId_idx" ON "CauseFinding"("findingId");

-- CreateIndex
CREATE INDEX "CauseTest_testId_idx" ON "CauseTest"("testId");

-- CreateIndex
CREATE INDEX "CauseTreatment_treatmentId_idx" ON "CauseTreatment"("treatmentId");

-- AddForeignKey
ALTER TABLE "CauseFinding" ADD CONSTRAINT "CauseFinding_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseFinding" ADD CONSTRAINT "CauseFinding_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseFinding" ADD CONSTRAINT "CauseFinding_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTest" ADD CONSTRAINT "CauseTest_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTest" ADD CONSTRAINT "CauseTest_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTreatment" ADD CONSTRAINT "CauseTreatment_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTreatment" ADD CONSTRAINT "CauseTreatment_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseReference" ADD CONSTRAINT "CauseReference_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseReference" ADD CONSTRAINT "CauseReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestReference" ADD CONSTRAINT "TestReference_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestReference" ADD CONSTRAINT "TestReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentReference" ADD CONSTRAINT "TreatmentReference_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentReference" ADD CONSTRAINT "TreatmentReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagTrigger" ADD CONSTRAINT "RedFlagTrigger_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RedFlagRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagTrigger" ADD CONSTRAINT "RedFlagTrigger_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagCause" ADD CONSTRAINT "RedFlagCause_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RedFlagRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedFlagCause" ADD CONSTRAINT "RedFlagCause_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;
