CREATE TABLE "article_images" (
	"article_id" integer NOT NULL,
	"image_id" text NOT NULL,
	CONSTRAINT "article_images_article_id_image_id_pk" PRIMARY KEY("article_id","image_id")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE TABLE "revoked_sessions" (
	"session_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP TABLE "sign_in_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "comment_drafts" ADD COLUMN "address_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "article_images" ADD CONSTRAINT "article_images_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_images" ADD CONSTRAINT "article_images_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revoked_sessions" ADD CONSTRAINT "revoked_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_images_image_idx" ON "article_images" USING btree ("image_id");--> statement-breakpoint
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" USING btree ("expire");--> statement-breakpoint
CREATE INDEX "revoked_sessions_expires_idx" ON "revoked_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "comment_drafts_address_idx" ON "comment_drafts" USING btree ("address_key","created_at");--> statement-breakpoint
CREATE INDEX "comment_drafts_created_idx" ON "comment_drafts" USING btree ("created_at");--> statement-breakpoint
CREATE FUNCTION "article_images_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "article_images" WHERE "article_id" = NEW."id";
  INSERT INTO "article_images" ("article_id", "image_id")
    SELECT NEW."id", i."id" FROM "images" i
    WHERE i."id" = NEW."hero_image_id"
       OR i."id" IN (SELECT m[1] FROM regexp_matches(NEW."body", '/media/([0-9a-f-]{36})', 'g') AS m)
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "articles_images_sync" AFTER INSERT OR UPDATE OF "hero_image_id", "body" ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "article_images_sync"();--> statement-breakpoint
INSERT INTO "article_images" ("article_id", "image_id")
SELECT a."id", a."hero_image_id" FROM "articles" a WHERE a."hero_image_id" IS NOT NULL
UNION
SELECT a."id", m[1] FROM "articles" a CROSS JOIN LATERAL regexp_matches(a."body", '/media/([0-9a-f-]{36})', 'g') AS m
WHERE EXISTS (SELECT 1 FROM "images" i WHERE i."id" = m[1])
ON CONFLICT DO NOTHING;
