-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('IMAGE', 'DOCUMENT');

-- AlterEnum
ALTER TYPE "RecordKind" ADD VALUE 'ATTACHMENT';

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "eventId" UUID,
    "storageKey" VARCHAR(200) NOT NULL,
    "mediaType" VARCHAR(100) NOT NULL,
    "fileKind" "FileKind" NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "derivativeWidths" INTEGER[],
    "fileName" VARCHAR(255) NOT NULL,
    "captionZh" VARCHAR(500),
    "captionEn" VARCHAR(500),
    "altZh" VARCHAR(500),
    "altEn" VARCHAR(500),
    "credit" VARCHAR(300) NOT NULL,
    "licence" VARCHAR(200) NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Attachment_exchangeId_position_idx" ON "Attachment"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "Attachment_eventId_idx" ON "Attachment"("eventId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the schema language cannot state. The data-access layer checks them too, with messages.
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");
ALTER TABLE "Attachment"
  ADD CONSTRAINT "Attachment_has_a_caption" CHECK ("captionZh" IS NOT NULL OR "captionEn" IS NOT NULL),
  ADD CONSTRAINT "Attachment_image_has_alt_text" CHECK ("fileKind" <> 'IMAGE' OR "altZh" IS NOT NULL OR "altEn" IS NOT NULL),
  ADD CONSTRAINT "Attachment_not_empty" CHECK ("byteSize" > 0);
