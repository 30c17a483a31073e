-- AlterEnum
ALTER TYPE "RecordKind" ADD VALUE 'RELATIONSHIP';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "relationshipId" UUID,
ALTER COLUMN "exchangeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "relationshipId" UUID,
ALTER COLUMN "exchangeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PublicRelationship" ADD COLUMN     "claims" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "sources" JSONB NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "Citation_relationshipId_idx" ON "Citation"("relationshipId");

-- CreateIndex
CREATE INDEX "Claim_relationshipId_idx" ON "Claim"("relationshipId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "CityRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "CityRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A citation or a claim is of exactly one record: an exchange or a relationship.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_owner" CHECK (num_nonnulls("exchangeId", "relationshipId") = 1);
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_one_owner" CHECK (num_nonnulls("exchangeId", "relationshipId") = 1);
