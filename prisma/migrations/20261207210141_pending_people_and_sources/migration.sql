-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- People and sources named only by records never published were added in drafts: they stay with the
-- staff of those records' cities until a record that names them is published.
WITH named AS (
  SELECT "personId" AS id, "exchangeId" FROM "Participant"
  UNION ALL SELECT "speakerId", "exchangeId" FROM "Statement" WHERE "speakerId" IS NOT NULL
  UNION ALL SELECT "askedById", "exchangeId" FROM "Question" WHERE "askedById" IS NOT NULL
  UNION ALL SELECT "proposedById", "exchangeId" FROM "CooperationItem" WHERE "proposedById" IS NOT NULL
)
UPDATE "Person" SET "pending" = true
WHERE "id" IN (SELECT id FROM named)
  AND "id" NOT IN (SELECT named.id FROM named JOIN "Publication" ON "Publication"."exchangeId" = named."exchangeId");

WITH cited AS (
  SELECT "sourceId" AS id, "exchangeId", "relationshipId" FROM "Citation"
  UNION ALL SELECT "sourceId", "exchangeId", "relationshipId" FROM "Claim"
)
UPDATE "Source" SET "pending" = true
WHERE "id" IN (SELECT id FROM cited)
  AND "id" NOT IN (
    SELECT cited.id FROM cited
    LEFT JOIN "Publication" ON "Publication"."exchangeId" = cited."exchangeId"
    LEFT JOIN "PublicRelationship" ON "PublicRelationship"."relationshipId" = cited."relationshipId"
    WHERE "Publication"."exchangeId" IS NOT NULL OR "PublicRelationship"."relationshipId" IS NOT NULL
  );
