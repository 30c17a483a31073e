-- The keys of people and of everything else are indexed apart, so that looking up one never sifts
-- through the other.
-- DropIndex
DROP INDEX "PublicText_terms_idx";

-- CreateIndex
CREATE INDEX "PublicText_terms_idx" ON "PublicText" USING GIN ("terms" array_ops) WHERE (kind <> 'PERSON');

-- CreateIndex
CREATE INDEX "PublicText_person_terms_idx" ON "PublicText" USING GIN ("terms" array_ops) WHERE (kind = 'PERSON');
