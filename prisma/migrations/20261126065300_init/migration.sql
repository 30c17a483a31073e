-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('zh', 'en');

-- CreateEnum
CREATE TYPE "TranslationKind" AS ENUM ('HUMAN', 'MACHINE');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('STATED', 'INFERRED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('VISITING', 'HOST', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CityLevel" AS ENUM ('MUNICIPALITY', 'PREFECTURE', 'COUNTY', 'DISTRICT', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'PARTY', 'PUBLIC_INSTITUTION', 'ACADEMIC', 'ENTERPRISE', 'MEDIA', 'ASSOCIATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('PLANNED', 'TOOK_PLACE', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'HOST', 'ACCOMPANYING_HOST', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('SITE_VISIT', 'SYMPOSIUM', 'MEETING', 'SIGNING', 'BANQUET', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('REMARK', 'COMMENTARY', 'JOINT');

-- CreateEnum
CREATE TYPE "StatementForm" AS ENUM ('QUOTATION', 'PARAPHRASE');

-- CreateEnum
CREATE TYPE "CooperationStatus" AS ENUM ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'COMPLETED', 'STALLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CooperationPartyRole" AS ENUM ('RESPONSIBLE', 'PARTNER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_REPORT', 'GOVERNMENT_RELEASE', 'SOCIAL_MEDIA', 'DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "AuthorRole" AS ENUM ('AUTHOR', 'REPORTER', 'CORRESPONDENT', 'EDITOR');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('EXCHANGE', 'PARTICIPANT', 'EVENT', 'TOPIC', 'QUESTION', 'STATEMENT', 'PRACTICE', 'COOPERATION_ITEM');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'STAFF');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'SUBMIT', 'PUBLISH', 'WITHDRAW');

-- CreateEnum
CREATE TYPE "AuditEventKind" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_DENIED', 'ACCOUNT_CREATED', 'ACCOUNT_CHANGED', 'ACCOUNT_DISABLED', 'IMPORT', 'EXPORT');

-- CreateTable
CREATE TABLE "City" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "nameZh" VARCHAR(120) NOT NULL,
    "nameEn" VARCHAR(120) NOT NULL,
    "provinceZh" VARCHAR(120) NOT NULL,
    "provinceEn" VARCHAR(120) NOT NULL,
    "level" "CityLevel" NOT NULL DEFAULT 'PREFECTURE',
    "latitude" DECIMAL(8,5),
    "longitude" DECIMAL(8,5),
    "knownForZh" TEXT,
    "knownForEn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "nameZh" VARCHAR(200) NOT NULL,
    "nameEn" VARCHAR(200) NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "cityId" UUID,
    "parentId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "nameZh" VARCHAR(120),
    "nameEn" VARCHAR(120),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organizationId" UUID,
    "titleZh" VARCHAR(200) NOT NULL,
    "titleEn" VARCHAR(200) NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "attestedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalIdentifier" (
    "id" UUID NOT NULL,
    "scheme" VARCHAR(40) NOT NULL,
    "value" VARCHAR(200) NOT NULL,
    "cityId" UUID,
    "organizationId" UUID,
    "personId" UUID,

    CONSTRAINT "ExternalIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exchange" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "summaryZh" TEXT,
    "summaryEn" TEXT,
    "purposeZh" TEXT,
    "purposeEn" TEXT,
    "delegationNameZh" VARCHAR(200),
    "delegationNameEn" VARCHAR(200),
    "visitingCityId" UUID NOT NULL,
    "hostCityId" UUID NOT NULL,
    "visitingOrganizationId" UUID,
    "hostOrganizationId" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "locationZh" VARCHAR(300),
    "locationEn" VARCHAR(300),
    "status" "ExchangeStatus" NOT NULL,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "publicationState" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "side" "Side" NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "personRoleId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "kind" "EventKind" NOT NULL,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "date" DATE,
    "locationZh" VARCHAR(300),
    "locationEn" VARCHAR(300),
    "position" INTEGER NOT NULL DEFAULT 0,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventOrganization" (
    "eventId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventOrganization_pkey" PRIMARY KEY ("eventId","organizationId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "eventId" UUID,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "topicId" UUID,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "askedById" UUID,
    "askedBySide" "Side",
    "askedBySideBasis" "Basis" NOT NULL DEFAULT 'UNKNOWN',
    "position" INTEGER NOT NULL DEFAULT 0,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "eventId" UUID,
    "speakerId" UUID,
    "speakerRoleId" UUID,
    "speakerSide" "Side",
    "kind" "StatementKind" NOT NULL,
    "form" "StatementForm" NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationItem" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "originStatementId" UUID,
    "originTopicId" UUID,
    "titleZh" VARCHAR(300) NOT NULL,
    "titleEn" VARCHAR(300) NOT NULL,
    "descriptionZh" TEXT,
    "descriptionEn" TEXT,
    "proposedById" UUID,
    "proposedBySide" "Side",
    "status" "CooperationStatus" NOT NULL DEFAULT 'PROPOSED',
    "progress" SMALLINT,
    "dueDate" DATE,
    "outcomeKnown" BOOLEAN NOT NULL DEFAULT false,
    "lastUpdatedOn" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CooperationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationParty" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "cityId" UUID,
    "organizationId" UUID,
    "role" "CooperationPartyRole" NOT NULL,

    CONSTRAINT "CooperationParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationUpdate" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "status" "CooperationStatus" NOT NULL,
    "progress" SMALLINT,
    "noteZh" TEXT,
    "noteEn" TEXT,
    "originalLanguage" "Language" NOT NULL,
    "translation" "TranslationKind" NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperationUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationEvidence" (
    "id" UUID NOT NULL,
    "updateId" UUID NOT NULL,
    "sourceId" UUID,
    "url" VARCHAR(2000),
    "titleZh" VARCHAR(300),
    "titleEn" VARCHAR(300),

    CONSTRAINT "CooperationEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "publicationZh" VARCHAR(200) NOT NULL,
    "publicationEn" VARCHAR(200) NOT NULL,
    "publisherId" UUID,
    "titleZh" VARCHAR(500),
    "titleEn" VARCHAR(500),
    "publishedOn" DATE,
    "url" VARCHAR(2000),
    "urlIsReprint" BOOLEAN NOT NULL DEFAULT false,
    "language" "Language" NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceAuthor" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "nameZh" VARCHAR(120),
    "nameEn" VARCHAR(120),
    "role" "AuthorRole" NOT NULL DEFAULT 'AUTHOR',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "subjectKind" "RecordKind" NOT NULL,
    "subjectId" UUID NOT NULL,
    "locator" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "exchangeId" UUID NOT NULL,
    "subjectKind" "RecordKind" NOT NULL,
    "subjectId" UUID NOT NULL,
    "field" VARCHAR(60) NOT NULL,
    "value" VARCHAR(2000) NOT NULL,
    "sourceId" UUID NOT NULL,
    "quotation" VARCHAR(1000),
    "basis" "Basis" NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,
    "accepted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(200),
    "emailVerified" TIMESTAMPTZ(3),
    "image" VARCHAR(2000),
    "passwordHash" VARCHAR(500),
    "role" "UserRole" NOT NULL DEFAULT 'STAFF',
    "preferredLanguage" "Language" NOT NULL DEFAULT 'zh',
    "disabledAt" TIMESTAMPTZ(3),
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCity" (
    "userId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserCity_pkey" PRIMARY KEY ("userId","cityId")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "provider" VARCHAR(100) NOT NULL,
    "providerAccountId" VARCHAR(300) NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" VARCHAR(40),
    "scope" VARCHAR(500),
    "id_token" TEXT,
    "session_state" VARCHAR(500),

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" VARCHAR(300) NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" VARCHAR(320) NOT NULL,
    "token" VARCHAR(300) NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "entityType" VARCHAR(60) NOT NULL,
    "entityId" UUID NOT NULL,
    "exchangeId" UUID,
    "action" "RevisionAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" UUID,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "kind" "AuditEventKind" NOT NULL,
    "actorId" UUID,
    "subject" VARCHAR(500),
    "detail" JSONB,
    "ipAddress" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_nameZh_idx" ON "City"("nameZh");

-- CreateIndex
CREATE INDEX "City_nameEn_idx" ON "City"("nameEn");

-- CreateIndex
CREATE INDEX "Organization_cityId_idx" ON "Organization"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_nameZh_cityId_key" ON "Organization"("nameZh", "cityId");

-- CreateIndex
CREATE INDEX "Person_nameZh_idx" ON "Person"("nameZh");

-- CreateIndex
CREATE INDEX "Person_nameEn_idx" ON "Person"("nameEn");

-- CreateIndex
CREATE INDEX "PersonRole_personId_startDate_idx" ON "PersonRole"("personId", "startDate");

-- CreateIndex
CREATE INDEX "ExternalIdentifier_cityId_idx" ON "ExternalIdentifier"("cityId");

-- CreateIndex
CREATE INDEX "ExternalIdentifier_organizationId_idx" ON "ExternalIdentifier"("organizationId");

-- CreateIndex
CREATE INDEX "ExternalIdentifier_personId_idx" ON "ExternalIdentifier"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalIdentifier_scheme_value_key" ON "ExternalIdentifier"("scheme", "value");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_slug_key" ON "Exchange"("slug");

-- CreateIndex
CREATE INDEX "Exchange_publicationState_startDate_idx" ON "Exchange"("publicationState", "startDate" DESC);

-- CreateIndex
CREATE INDEX "Exchange_visitingCityId_startDate_idx" ON "Exchange"("visitingCityId", "startDate");

-- CreateIndex
CREATE INDEX "Exchange_hostCityId_startDate_idx" ON "Exchange"("hostCityId", "startDate");

-- CreateIndex
CREATE INDEX "Participant_personId_idx" ON "Participant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_exchangeId_personId_key" ON "Participant"("exchangeId", "personId");

-- CreateIndex
CREATE INDEX "Event_exchangeId_position_idx" ON "Event"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "EventOrganization_organizationId_idx" ON "EventOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "Topic_exchangeId_position_idx" ON "Topic"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "Question_exchangeId_position_idx" ON "Question"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "Statement_exchangeId_position_idx" ON "Statement"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Practice_exchangeId_position_idx" ON "Practice"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "Practice_cityId_idx" ON "Practice"("cityId");

-- CreateIndex
CREATE INDEX "CooperationItem_exchangeId_position_idx" ON "CooperationItem"("exchangeId", "position");

-- CreateIndex
CREATE INDEX "CooperationItem_status_lastUpdatedOn_idx" ON "CooperationItem"("status", "lastUpdatedOn");

-- CreateIndex
CREATE INDEX "CooperationParty_cityId_idx" ON "CooperationParty"("cityId");

-- CreateIndex
CREATE INDEX "CooperationParty_organizationId_idx" ON "CooperationParty"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationParty_itemId_cityId_organizationId_key" ON "CooperationParty"("itemId", "cityId", "organizationId");

-- CreateIndex
CREATE INDEX "CooperationUpdate_itemId_occurredOn_idx" ON "CooperationUpdate"("itemId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "SourceAuthor_sourceId_position_idx" ON "SourceAuthor"("sourceId", "position");

-- CreateIndex
CREATE INDEX "Citation_exchangeId_idx" ON "Citation"("exchangeId");

-- CreateIndex
CREATE INDEX "Citation_subjectKind_subjectId_idx" ON "Citation"("subjectKind", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_sourceId_subjectKind_subjectId_key" ON "Citation"("sourceId", "subjectKind", "subjectId");

-- CreateIndex
CREATE INDEX "Claim_exchangeId_idx" ON "Claim"("exchangeId");

-- CreateIndex
CREATE INDEX "Claim_sourceId_idx" ON "Claim"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_subjectKind_subjectId_field_sourceId_key" ON "Claim"("subjectKind", "subjectId", "field", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserCity_cityId_idx" ON "UserCity"("cityId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_exchangeId_createdAt_idx" ON "Revision"("exchangeId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_actorId_createdAt_idx" ON "Revision"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_createdAt_idx" ON "AuditEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdentifier" ADD CONSTRAINT "ExternalIdentifier_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdentifier" ADD CONSTRAINT "ExternalIdentifier_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdentifier" ADD CONSTRAINT "ExternalIdentifier_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_visitingCityId_fkey" FOREIGN KEY ("visitingCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_visitingOrganizationId_fkey" FOREIGN KEY ("visitingOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_hostOrganizationId_fkey" FOREIGN KEY ("hostOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_personRoleId_fkey" FOREIGN KEY ("personRoleId") REFERENCES "PersonRole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganization" ADD CONSTRAINT "EventOrganization_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganization" ADD CONSTRAINT "EventOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerRoleId_fkey" FOREIGN KEY ("speakerRoleId") REFERENCES "PersonRole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationItem" ADD CONSTRAINT "CooperationItem_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationItem" ADD CONSTRAINT "CooperationItem_originStatementId_fkey" FOREIGN KEY ("originStatementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationItem" ADD CONSTRAINT "CooperationItem_originTopicId_fkey" FOREIGN KEY ("originTopicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationItem" ADD CONSTRAINT "CooperationItem_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CooperationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationParty" ADD CONSTRAINT "CooperationParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationUpdate" ADD CONSTRAINT "CooperationUpdate_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CooperationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationUpdate" ADD CONSTRAINT "CooperationUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationEvidence" ADD CONSTRAINT "CooperationEvidence_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CooperationUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationEvidence" ADD CONSTRAINT "CooperationEvidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceAuthor" ADD CONSTRAINT "SourceAuthor_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCity" ADD CONSTRAINT "UserCity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCity" ADD CONSTRAINT "UserCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
