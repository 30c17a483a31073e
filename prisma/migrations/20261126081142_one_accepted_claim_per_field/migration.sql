-- CreateIndex
CREATE UNIQUE INDEX "Claim_one_accepted_per_field" ON "Claim"("subjectKind", "subjectId", "field") WHERE (accepted);
