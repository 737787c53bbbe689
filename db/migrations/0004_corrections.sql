CREATE TABLE "article_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"body" text NOT NULL,
	"editor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_corrections_body_length" CHECK (char_length("article_corrections"."body") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "first_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_corrections_article_idx" ON "article_corrections" USING btree ("article_id","created_at");--> statement-breakpoint
UPDATE "articles" SET "first_published_at" = "published_at" WHERE "status" IN ('published', 'archived') AND "published_at" IS NOT NULL;--> statement-breakpoint
CREATE FUNCTION "articles_first_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'published' AND NEW."first_published_at" IS NULL THEN
    NEW."first_published_at" := COALESCE(NEW."published_at", now());
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "articles_first_published" BEFORE INSERT OR UPDATE OF "status" ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "articles_first_published"();
