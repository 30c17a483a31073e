-- AlterEnum
ALTER TYPE "RevisionAction" ADD VALUE 'SEND_BACK';

-- AlterTable
ALTER TABLE "CityRelationship" ADD COLUMN     "workingVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Exchange" ADD COLUMN     "workingVersion" INTEGER NOT NULL DEFAULT 1;
