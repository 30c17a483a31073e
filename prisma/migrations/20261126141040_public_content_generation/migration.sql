-- CreateTable
CREATE TABLE "ContentGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ContentGeneration_pkey" PRIMARY KEY ("id")
);

INSERT INTO "ContentGeneration" ("id", "value") VALUES (1, 0);

-- Bumps the generation once per transaction, however many rows or statements it writes. The bump is
-- part of the transaction: a reader sees the new value exactly when it can see the change.
CREATE FUNCTION "bump_content_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('jiaoliu.content_changed', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('jiaoliu.content_changed', 'yes', true);
  INSERT INTO "ContentGeneration" ("id", "value") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "value" = "ContentGeneration"."value" + 1;
  RETURN NULL;
END
$$;

-- Every table of records. Accounts, sessions, the audit log and revisions are left out: no public
-- page shows them, and sign-ins and refused requests write to them.
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "City" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organization" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PersonRole" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ExternalIdentifier" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Exchange" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Publication" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicText" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicItem" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Participant" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventOrganization" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Topic" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Question" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Statement" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Practice" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationItem" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationParty" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationUpdate" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationEvidence" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceAuthor" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Citation" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Claim" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_generation"();
