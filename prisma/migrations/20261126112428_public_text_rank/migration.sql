-- Search reads hits in order straight off an index rather than sorting every hit of a common word:
-- each text carries its exchange's first day.
ALTER TABLE "PublicText" ADD COLUMN "startDate" DATE;

UPDATE "PublicText" t SET "startDate" = p."startDate" FROM "Publication" p WHERE p."exchangeId" = t."exchangeId";

ALTER TABLE "PublicText" ALTER COLUMN "startDate" SET NOT NULL;

-- CreateIndex
CREATE INDEX "PublicText_startDate_weight_id_idx" ON "PublicText"("startDate" DESC, "weight" DESC, "id");
