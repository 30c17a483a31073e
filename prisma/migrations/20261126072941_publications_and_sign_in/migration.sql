-- DropForeignKey
ALTER TABLE "Exchange" DROP CONSTRAINT "Exchange_publishedById_fkey";

-- AlterTable
ALTER TABLE "Exchange" DROP COLUMN "publishedAt",
DROP COLUMN "publishedById";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedSignIns",
DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "Publication" (
    "exchangeId" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "version" INTEGER NOT NULL,
    "visitingCityId" UUID NOT NULL,
    "hostCityId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "dateDisputed" BOOLEAN NOT NULL,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "eventCount" INTEGER NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "record" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedById" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("exchangeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Publication_startDate_exchangeId_idx" ON "Publication"("startDate" DESC, "exchangeId" DESC);

-- CreateIndex
CREATE INDEX "Publication_visitingCityId_startDate_idx" ON "Publication"("visitingCityId", "startDate");

-- CreateIndex
CREATE INDEX "Publication_hostCityId_startDate_idx" ON "Publication"("hostCityId", "startDate");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_subject_createdAt_idx" ON "AuditEvent"("kind", "subject", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_ipAddress_createdAt_idx" ON "AuditEvent"("kind", "ipAddress", "createdAt");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_visitingCityId_fkey" FOREIGN KEY ("visitingCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks the schema language cannot express.
-- Email addresses are stored lower-cased, so the unique key is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_counts_non_negative" CHECK ("eventCount" >= 0 AND "itemCount" >= 0);
