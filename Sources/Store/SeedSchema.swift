/// The OptiMind platform's seed schema, written as the DDL `prisma migrate` produces for SQLite,
/// so the platform's Prisma client reads the file this tool writes.
///
/// Conventions (Prisma on SQLite): ids are TEXT, DateTime columns are declared DATETIME and hold
/// INTEGER milliseconds since the Unix epoch, Boolean columns hold 0/1, Json columns hold TEXT with
/// valid JSON, enums are TEXT holding the seed's names. Uniques are unique indexes named
/// `<table>_<columns>_key`; foreign keys are named `<table>_<column>_fkey`.
enum SeedSchema {
    /// Default for DateTime columns written outside Prisma: the current time in epoch milliseconds.
    static let nowMillis = "(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"

    static func owned(_ table: String) -> String {
        """
        CONSTRAINT "\(table)_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
        CONSTRAINT "\(table)_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "projects" ("id") ON DELETE SET NULL ON UPDATE CASCADE
        """
    }

    /// The columns every business-solution analysis table ends with, and its two foreign keys.
    static func analysisTail(_ table: String) -> String {
        """
        "confidence" REAL,
            "processingTime" INTEGER,
            "status" TEXT NOT NULL DEFAULT 'PENDING',
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(nowMillis),
            "updatedAt" DATETIME NOT NULL,
            \(owned(table))
        """
    }

    static var version1: String {
        let now = nowMillis
        return """
        CREATE TABLE "users" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "email" TEXT NOT NULL,
            "password" TEXT NOT NULL,
            "name" TEXT,
            "avatar" TEXT,
            "role" TEXT NOT NULL DEFAULT 'USER',
            "apiKey" TEXT,
            "isActive" BOOLEAN NOT NULL DEFAULT 1,
            "lastLoginAt" DATETIME,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

        CREATE TABLE "sessions" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "token" TEXT NOT NULL,
            "expiresAt" DATETIME NOT NULL,
            "isActive" BOOLEAN NOT NULL DEFAULT 1,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );
        CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

        CREATE TABLE "security_settings" (
            "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'main',
            "pin_hash" TEXT NOT NULL,
            "salt" TEXT NOT NULL,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL
        );

        CREATE TABLE "subscriptions" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "plan" TEXT NOT NULL,
            "status" TEXT NOT NULL DEFAULT 'ACTIVE',
            "currentPeriodStart" DATETIME NOT NULL,
            "currentPeriodEnd" DATETIME NOT NULL,
            "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT 0,
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            CONSTRAINT "subscriptions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );
        CREATE UNIQUE INDEX "subscriptions_userId_key" ON "subscriptions"("userId");

        CREATE TABLE "subscription_usage" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "subscriptionId" TEXT NOT NULL,
            "metric" TEXT NOT NULL,
            "value" INTEGER NOT NULL,
            "period" TEXT NOT NULL,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            CONSTRAINT "subscription_usage_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );
        CREATE UNIQUE INDEX "subscription_usage_subscriptionId_metric_period_key" ON "subscription_usage"("subscriptionId", "metric", "period");

        CREATE TABLE "projects" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "name" TEXT NOT NULL,
            "description" TEXT,
            "status" TEXT NOT NULL DEFAULT 'ACTIVE',
            "userId" TEXT NOT NULL,
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            CONSTRAINT "projects_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );

        CREATE TABLE "analyses" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "type" TEXT NOT NULL,
            "input" TEXT NOT NULL,
            "result" TEXT,
            "confidence" REAL,
            "status" TEXT NOT NULL DEFAULT 'PENDING',
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "model" TEXT,
            "processingTime" INTEGER,
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            \(owned("analyses"))
        );

        CREATE TABLE "conversations" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "title" TEXT,
            "userId" TEXT NOT NULL,
            "isActive" BOOLEAN NOT NULL DEFAULT 1,
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            CONSTRAINT "conversations_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );

        CREATE TABLE "messages" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "conversationId" TEXT NOT NULL,
            "role" TEXT NOT NULL,
            "content" TEXT NOT NULL,
            "metadata" TEXT,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            CONSTRAINT "messages_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "conversations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );

        CREATE TABLE "uploads" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "filename" TEXT NOT NULL,
            "originalName" TEXT NOT NULL,
            "path" TEXT NOT NULL,
            "size" INTEGER NOT NULL,
            "mimeType" TEXT NOT NULL,
            "status" TEXT NOT NULL DEFAULT 'PENDING',
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "metadata" TEXT,
            "processedAt" DATETIME,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            \(owned("uploads"))
        );

        CREATE TABLE "posts" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "title" TEXT NOT NULL,
            "content" TEXT,
            "excerpt" TEXT,
            "slug" TEXT NOT NULL,
            "published" BOOLEAN NOT NULL DEFAULT 0,
            "authorId" TEXT NOT NULL,
            "featured" BOOLEAN NOT NULL DEFAULT 0,
            "metadata" TEXT,
            "publishedAt" DATETIME,
            "createdAt" DATETIME NOT NULL DEFAULT \(now),
            "updatedAt" DATETIME NOT NULL,
            CONSTRAINT "posts_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );
        CREATE UNIQUE INDEX "posts_slug_key" ON "posts"("slug");

        CREATE TABLE "contract_analyses" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "contractTitle" TEXT NOT NULL,
            "contractType" TEXT NOT NULL,
            "fileUrl" TEXT,
            "extractedText" TEXT,
            "riskAssessment" TEXT,
            "clauses" TEXT,
            "plainLanguage" TEXT,
            "complianceCheck" TEXT,
            "recommendations" TEXT,
            \(analysisTail("contract_analyses"))
        );

        CREATE TABLE "localization_analyses" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "productName" TEXT NOT NULL,
            "targetMarket" TEXT NOT NULL,
            "productImages" TEXT,
            "productDesc" TEXT,
            "culturalAnalysis" TEXT,
            "visualAdaptation" TEXT,
            "marketStrategy" TEXT,
            "complianceCheck" TEXT,
            "competitorAnalysis" TEXT,
            \(analysisTail("localization_analyses"))
        );

        CREATE TABLE "customer_behavior_analyses" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "customerSegment" TEXT,
            "dataSource" TEXT,
            "behaviorPrediction" TEXT,
            "sentimentAnalysis" TEXT,
            "journeyMapping" TEXT,
            "recommendations" TEXT,
            "conversionProbability" REAL,
            "churnRisk" REAL,
            \(analysisTail("customer_behavior_analyses"))
        );

        CREATE TABLE "compliance_monitoring" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "businessType" TEXT NOT NULL,
            "jurisdiction" TEXT NOT NULL,
            "regulations" TEXT,
            "riskAssessment" TEXT,
            "documentReviews" TEXT,
            "actionPlan" TEXT,
            "auditPreparation" TEXT,
            "trainingMaterials" TEXT,
            "nextReviewDate" DATETIME,
            \(analysisTail("compliance_monitoring"))
        );

        CREATE TABLE "learning_paths" (
            "id" TEXT NOT NULL PRIMARY KEY,
            "userId" TEXT NOT NULL,
            "projectId" TEXT,
            "userProfile" TEXT,
            "skillAssessment" TEXT,
            "learningStyle" TEXT,
            "generatedPath" TEXT,
            "progressTracking" TEXT,
            "certifications" TEXT,
            "recommendations" TEXT,
            "estimatedCompletion" DATETIME,
            \(analysisTail("learning_paths"))
        );
        """
    }

    /// This tool's own table (not in the seed; Prisma ignores it): the text extracted from each
    /// completed upload, so `optimind reprocess` can analyse again after a rules change without
    /// reading the source again.
    static let extractedTexts = """
        CREATE TABLE "optimind_extracted_texts" (
            "uploadId" TEXT NOT NULL PRIMARY KEY,
            "document" TEXT NOT NULL,
            "createdAt" DATETIME NOT NULL,
            CONSTRAINT "optimind_extracted_texts_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "uploads" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        );
        """

    /// Indexes the ingestion pipeline's own look-ups need (not in the seed; harmless to Prisma):
    /// idempotency on (path, sha256), listing by status and project, finding a project by folder.
    static let ingestIndexes = """
        CREATE INDEX "uploads_path_idx" ON "uploads"("path");
        CREATE INDEX "uploads_sha256_idx" ON "uploads"(json_extract("metadata", '$.sha256'));
        CREATE INDEX "uploads_status_idx" ON "uploads"("status");
        CREATE INDEX "uploads_projectId_idx" ON "uploads"("projectId");
        CREATE INDEX "projects_userId_name_idx" ON "projects"("userId", "name");
        """
}
