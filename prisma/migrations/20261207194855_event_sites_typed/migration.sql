-- A site an event visited may be a place not on record, named as the record gives it; the sites
-- keep their order, and an event's sites are numbered 0, 1, 2… by the order they were in.
CREATE TABLE "EventSite" (
    "eventId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "organizationId" UUID,
    "nameZh" TEXT,
    "nameEn" TEXT,

    CONSTRAINT "EventSite_pkey" PRIMARY KEY ("eventId","position"),
    CONSTRAINT "EventSite_organization_or_name" CHECK (("organizationId" IS NOT NULL) <> ("nameZh" IS NOT NULL OR "nameEn" IS NOT NULL))
);

INSERT INTO "EventSite" ("eventId", "position", "organizationId")
SELECT "eventId", (row_number() OVER (PARTITION BY "eventId" ORDER BY "position", "organizationId") - 1)::integer, "organizationId"
FROM "EventOrganization";

DROP TABLE "EventOrganization";

-- CreateIndex
CREATE INDEX "EventSite_organizationId_idx" ON "EventSite"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "EventSite_eventId_organizationId_key" ON "EventSite"("eventId", "organizationId");

-- AddForeignKey
ALTER TABLE "EventSite" ADD CONSTRAINT "EventSite_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSite" ADD CONSTRAINT "EventSite_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the public sees changes with the sites, as it did with the table before.
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventSite" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
