-- Exchanges get a kind and a delegation size; publications record the kind (a filter of every public
-- list) and the version of the schema their record was written under.
-- CreateEnum
CREATE TYPE "ExchangeKind" AS ENUM ('DELEGATION_VISIT', 'VIRTUAL_MEETING', 'SIGNING_CEREMONY', 'FORUM', 'OTHER');

-- Every exchange recorded before kinds existed was a delegation's visit. The default fills those rows
-- and is dropped: a new record says which kind it is.
ALTER TABLE "Exchange" ADD COLUMN "delegationSize" INTEGER,
ADD COLUMN "kind" "ExchangeKind" NOT NULL DEFAULT 'DELEGATION_VISIT';
ALTER TABLE "Exchange" ALTER COLUMN "kind" DROP DEFAULT;
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_delegation_size_positive" CHECK ("delegationSize" IS NULL OR "delegationSize" > 0);

-- Stored records were written under version 1 of lib/records/published-record.ts; the next start
-- upgrades them.
ALTER TABLE "Publication" ADD COLUMN "kind" "ExchangeKind" NOT NULL DEFAULT 'DELEGATION_VISIT',
ADD COLUMN "recordVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Publication" ALTER COLUMN "kind" DROP DEFAULT, ALTER COLUMN "recordVersion" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Publication_recordVersion_idx" ON "Publication"("recordVersion");
