-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "keyEn" VARCHAR(120),
ADD COLUMN     "keyPinyin" VARCHAR(600),
ADD COLUMN     "keyZh" VARCHAR(120);

-- CreateIndex
CREATE INDEX "Person_keyZh_idx" ON "Person"("keyZh");

-- CreateIndex
CREATE INDEX "Person_keyPinyin_idx" ON "Person"("keyPinyin");

-- CreateIndex
CREATE INDEX "Person_keyEn_idx" ON "Person"("keyEn");
