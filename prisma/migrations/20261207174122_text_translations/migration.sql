-- CreateTable
CREATE TABLE "TextTranslation" (
    "entityType" VARCHAR(60) NOT NULL,
    "entityId" UUID NOT NULL,
    "field" VARCHAR(60) NOT NULL,
    "kind" "TranslationKind" NOT NULL,
    "translatedById" UUID,
    "translatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TextTranslation_pkey" PRIMARY KEY ("entityType","entityId","field")
);

-- CreateIndex
CREATE INDEX "TextTranslation_translatedById_idx" ON "TextTranslation"("translatedById");

-- AddForeignKey
ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TextTranslation" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
