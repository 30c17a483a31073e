-- Rules the schema language cannot state. The data-access layer checks them too, with messages.

ALTER TABLE "Exchange"
  ADD CONSTRAINT "Exchange_dates_in_order" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
  ADD CONSTRAINT "Exchange_two_cities" CHECK ("visitingCityId" <> "hostCityId");

ALTER TABLE "PersonRole"
  ADD CONSTRAINT "PersonRole_dates_in_order" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");

ALTER TABLE "Person"
  ADD CONSTRAINT "Person_has_a_name" CHECK ("nameZh" IS NOT NULL OR "nameEn" IS NOT NULL);

ALTER TABLE "CooperationItem"
  ADD CONSTRAINT "CooperationItem_progress_is_percent" CHECK ("progress" IS NULL OR "progress" BETWEEN 0 AND 100);

ALTER TABLE "CooperationUpdate"
  ADD CONSTRAINT "CooperationUpdate_progress_is_percent" CHECK ("progress" IS NULL OR "progress" BETWEEN 0 AND 100);

ALTER TABLE "CooperationParty"
  ADD CONSTRAINT "CooperationParty_one_party" CHECK (num_nonnulls("cityId", "organizationId") = 1);

ALTER TABLE "ExternalIdentifier"
  ADD CONSTRAINT "ExternalIdentifier_one_owner" CHECK (num_nonnulls("cityId", "organizationId", "personId") = 1);

ALTER TABLE "CooperationEvidence"
  ADD CONSTRAINT "CooperationEvidence_has_a_target" CHECK (num_nonnulls("sourceId", "url") >= 1);

-- Keys that appear in URLs: lower-case letters, digits and hyphens.
ALTER TABLE "City" ADD CONSTRAINT "City_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Source" ADD CONSTRAINT "Source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- In these unique keys one column is always empty. PostgreSQL treats empty values as distinct by
-- default, which would let duplicates through.
DROP INDEX "CooperationParty_itemId_cityId_organizationId_key";
CREATE UNIQUE INDEX "CooperationParty_itemId_cityId_organizationId_key" ON "CooperationParty"("itemId", "cityId", "organizationId") NULLS NOT DISTINCT;
DROP INDEX "Organization_nameZh_cityId_key";
CREATE UNIQUE INDEX "Organization_nameZh_cityId_key" ON "Organization"("nameZh", "cityId") NULLS NOT DISTINCT;
