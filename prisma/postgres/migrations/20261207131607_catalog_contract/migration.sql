-- AlterTable
ALTER TABLE "Cause" ADD COLUMN     "attributes" JSONB,
ADD COLUMN     "prevalenceBySetting" JSONB;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "implies" JSONB;

-- AlterTable
ALTER TABLE "Test" ADD COLUMN     "pregnancy" TEXT,
ADD COLUMN     "timing" TEXT;

-- AlterTable
ALTER TABLE "Treatment" ADD COLUMN     "cautionFindings" JSONB,
ADD COLUMN     "contraindicatedCauses" JSONB,
ADD COLUMN     "contraindicatedFindings" JSONB;
