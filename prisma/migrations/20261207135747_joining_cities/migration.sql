-- CreateTable
CREATE TABLE "ExchangeJoiningCity" (
    "exchangeId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ExchangeJoiningCity_pkey" PRIMARY KEY ("exchangeId","cityId")
);

-- CreateTable
CREATE TABLE "PublicationVisitingCity" (
    "publicationId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PublicationVisitingCity_pkey" PRIMARY KEY ("publicationId","cityId")
);

-- CreateIndex
CREATE INDEX "ExchangeJoiningCity_cityId_idx" ON "ExchangeJoiningCity"("cityId");

-- CreateIndex
CREATE INDEX "PublicationVisitingCity_cityId_idx" ON "PublicationVisitingCity"("cityId");

-- AddForeignKey
ALTER TABLE "ExchangeJoiningCity" ADD CONSTRAINT "ExchangeJoiningCity_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeJoiningCity" ADD CONSTRAINT "ExchangeJoiningCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVisitingCity" ADD CONSTRAINT "PublicationVisitingCity_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("exchangeId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVisitingCity" ADD CONSTRAINT "PublicationVisitingCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every publication so far had one visiting city: it leads.
INSERT INTO "PublicationVisitingCity" ("publicationId", "cityId", "position")
SELECT "exchangeId", "visitingCityId", 0 FROM "Publication";

CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ExchangeJoiningCity" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicationVisitingCity" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
