-- CreateEnum
CREATE TYPE "RelationshipKind" AS ENUM ('SISTER_CITY', 'FRIENDSHIP_EXCHANGE', 'COOPERATION_AGREEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "RelationshipStatus" AS ENUM ('PROPOSED', 'IN_FORCE', 'LAPSED', 'ENDED');

-- CreateTable
CREATE TABLE "CityRelationship" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "kind" "RelationshipKind" NOT NULL,
    "status" "RelationshipStatus" NOT NULL,
    "establishedOn" DATE,
    "establishedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endedOn" DATE,
    "endedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "signingExchangeId" UUID,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "publicationState" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CityRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRelationship" (
    "relationshipId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "cityId" UUID NOT NULL,
    "partnerCityId" UUID NOT NULL,
    "kind" "RelationshipKind" NOT NULL,
    "status" "RelationshipStatus" NOT NULL,
    "establishedOn" DATE,
    "establishedPrecision" "DatePrecision" NOT NULL,
    "endedOn" DATE,
    "endedPrecision" "DatePrecision" NOT NULL,
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "signingExchangeId" UUID,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicRelationship_pkey" PRIMARY KEY ("relationshipId")
);

-- CreateIndex
CREATE INDEX "CityRelationship_cityId_idx" ON "CityRelationship"("cityId");

-- CreateIndex
CREATE INDEX "CityRelationship_partnerCityId_idx" ON "CityRelationship"("partnerCityId");

-- CreateIndex
CREATE INDEX "PublicRelationship_cityId_idx" ON "PublicRelationship"("cityId");

-- CreateIndex
CREATE INDEX "PublicRelationship_partnerCityId_idx" ON "PublicRelationship"("partnerCityId");

-- AddForeignKey
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_signingExchangeId_fkey" FOREIGN KEY ("signingExchangeId") REFERENCES "Exchange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicRelationship" ADD CONSTRAINT "PublicRelationship_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "CityRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicRelationship" ADD CONSTRAINT "PublicRelationship_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicRelationship" ADD CONSTRAINT "PublicRelationship_partnerCityId_fkey" FOREIGN KEY ("partnerCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A relationship joins two different cities, and ends no earlier than it was established.
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_two_cities" CHECK ("cityId" <> "partnerCityId");
ALTER TABLE "CityRelationship" ADD CONSTRAINT "CityRelationship_ends_after_start" CHECK ("endedOn" IS NULL OR "establishedOn" IS NULL OR "endedOn" >= "establishedOn");

CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CityRelationship" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicRelationship" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
