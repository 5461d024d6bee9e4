-- AlterTable
ALTER TABLE "Cause" ADD COLUMN "attributes" JSONB;
ALTER TABLE "Cause" ADD COLUMN "prevalenceBySetting" JSONB;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN "implies" JSONB;

-- AlterTable
ALTER TABLE "Test" ADD COLUMN "pregnancy" TEXT;
ALTER TABLE "Test" ADD COLUMN "timing" TEXT;

-- AlterTable
ALTER TABLE "Treatment" ADD COLUMN "cautionFindings" JSONB;
ALTER TABLE "Treatment" ADD COLUMN "contraindicatedCauses" JSONB;
ALTER TABLE "Treatment" ADD COLUMN "contraindicatedFindings" JSONB;
