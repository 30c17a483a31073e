-- CreateTable
CREATE TABLE "PersonMergeProposal" (
    "id" UUID NOT NULL,
    "keepId" UUID NOT NULL,
    "mergeId" UUID NOT NULL,
    "proposedById" UUID,
    "note" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonMergeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonMergeProposal_mergeId_idx" ON "PersonMergeProposal"("mergeId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonMergeProposal_keepId_mergeId_key" ON "PersonMergeProposal"("keepId", "mergeId");

-- AddForeignKey
ALTER TABLE "PersonMergeProposal" ADD CONSTRAINT "PersonMergeProposal_keepId_fkey" FOREIGN KEY ("keepId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMergeProposal" ADD CONSTRAINT "PersonMergeProposal_mergeId_fkey" FOREIGN KEY ("mergeId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMergeProposal" ADD CONSTRAINT "PersonMergeProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One entry is not a duplicate of itself.
ALTER TABLE "PersonMergeProposal" ADD CONSTRAINT "PersonMergeProposal_two_entries" CHECK ("keepId" <> "mergeId");
