-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "relationshipId" UUID,
ALTER COLUMN "exchangeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PublicRelationship" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "relationshipId" UUID;

-- CreateIndex
CREATE INDEX "Attachment_relationshipId_position_idx" ON "Attachment"("relationshipId", "position");

-- CreateIndex
CREATE INDEX "Revision_relationshipId_createdAt_idx" ON "Revision"("relationshipId", "createdAt");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "CityRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A file belongs to exactly one record: an exchange or a relationship.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_owner" CHECK (num_nonnulls("exchangeId", "relationshipId") = 1);

-- A relationship's history so far is its own rows'.
UPDATE "Revision" SET "relationshipId" = "entityId" WHERE "entityType" = 'CityRelationship';
