-- CreateEnum
CREATE TYPE "PublicTextKind" AS ENUM ('EXCHANGE', 'PERSON', 'TOPIC', 'QUESTION', 'STATEMENT', 'COOPERATION_ITEM', 'PRACTICE');

-- CreateTable
CREATE TABLE "PublicText" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "kind" "PublicTextKind" NOT NULL,
    "subjectId" UUID NOT NULL,
    "anchor" VARCHAR(80) NOT NULL,
    "cityId" UUID,
    "weight" SMALLINT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "terms" TEXT[],

    CONSTRAINT "PublicText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicItem" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "status" "CooperationStatus" NOT NULL,
    "progress" SMALLINT,
    "dueDate" DATE,
    "lastUpdatedOn" DATE,
    "originStatementNumber" INTEGER,

    CONSTRAINT "PublicItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicText_terms_idx" ON "PublicText" USING GIN ("terms" array_ops);

-- CreateIndex
CREATE INDEX "PublicText_exchangeId_idx" ON "PublicText"("exchangeId");

-- CreateIndex
CREATE INDEX "PublicText_kind_subjectId_idx" ON "PublicText"("kind", "subjectId");

-- CreateIndex
CREATE INDEX "PublicText_cityId_kind_idx" ON "PublicText"("cityId", "kind");

-- CreateIndex
CREATE INDEX "PublicItem_exchangeId_position_idx" ON "PublicItem"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "PublicItem_status_idx" ON "PublicItem"("status");

-- CreateIndex
CREATE INDEX "Publication_updatedAt_idx" ON "Publication"("updatedAt");

-- AddForeignKey
ALTER TABLE "PublicText" ADD CONSTRAINT "PublicText_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Publication"("exchangeId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicItem" ADD CONSTRAINT "PublicItem_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Publication"("exchangeId") ON DELETE CASCADE ON UPDATE CASCADE;
