-- CreateEnum
CREATE TYPE "ExchangeLinkKind" AS ENUM ('RETURNS_VISIT', 'FOLLOWS_UP', 'SAME_SERIES');

-- AlterEnum
ALTER TYPE "RecordKind" ADD VALUE 'LINK';

-- CreateTable
CREATE TABLE "PublicLink" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "kind" "ExchangeLinkKind" NOT NULL,

    CONSTRAINT "PublicLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeLink" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "kind" "ExchangeLinkKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExchangeLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicLink_exchangeId_idx" ON "PublicLink"("exchangeId");

-- CreateIndex
CREATE INDEX "PublicLink_targetId_idx" ON "PublicLink"("targetId");

-- CreateIndex
CREATE INDEX "ExchangeLink_targetId_idx" ON "ExchangeLink"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeLink_exchangeId_targetId_key" ON "ExchangeLink"("exchangeId", "targetId");

-- AddForeignKey
ALTER TABLE "PublicLink" ADD CONSTRAINT "PublicLink_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Publication"("exchangeId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLink" ADD CONSTRAINT "ExchangeLink_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeLink" ADD CONSTRAINT "ExchangeLink_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A link joins two different exchanges; the data-access layer says so with a message too.
ALTER TABLE "ExchangeLink" ADD CONSTRAINT "ExchangeLink_not_to_itself" CHECK ("exchangeId" <> "targetId");

-- Tables of records move the content generation on, as every other does (public_content_generation).
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Attachment" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ExchangeLink" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicLink" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
