-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "cooperationUpdateId" UUID;

-- CreateIndex
CREATE INDEX "Attachment_cooperationUpdateId_idx" ON "Attachment"("cooperationUpdateId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_cooperationUpdateId_fkey" FOREIGN KEY ("cooperationUpdateId") REFERENCES "CooperationUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A file shows an event or evidences a progress report, not both.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_subject" CHECK (num_nonnulls("eventId", "cooperationUpdateId") <= 1);
