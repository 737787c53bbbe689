CREATE TABLE "breaking_news" (
	"id" serial PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"urgency" text DEFAULT 'breaking' NOT NULL,
	"set_by" text,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_at" timestamp with time zone,
	"cleared_by" text,
	CONSTRAINT "breaking_news_text_length" CHECK (char_length("breaking_news"."text") between 1 and 200),
	CONSTRAINT "breaking_news_urgency_valid" CHECK (urgency in ('breaking', 'developing', 'update'))
);
--> statement-breakpoint
CREATE TABLE "comment_recommendations" (
	"comment_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_recommendations_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "live_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"author_id" text,
	"title" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "live_entries_title_length" CHECK (char_length("live_entries"."title") <= 200),
	CONSTRAINT "live_entries_body_length" CHECK (char_length("live_entries"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"article_id" integer,
	"ref" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "live_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "recommend_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "featured_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "featured_by" text;--> statement-breakpoint
ALTER TABLE "breaking_news" ADD CONSTRAINT "breaking_news_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaking_news" ADD CONSTRAINT "breaking_news_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_recommendations" ADD CONSTRAINT "comment_recommendations_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_recommendations" ADD CONSTRAINT "comment_recommendations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "breaking_news_one_active" ON "breaking_news" USING btree ((true)) WHERE "breaking_news"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "comment_recommendations_user_idx" ON "comment_recommendations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "live_entries_article_idx" ON "live_entries" USING btree ("article_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_events_created_idx" ON "live_events" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_featured_by_users_id_fk" FOREIGN KEY ("featured_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_recommend_count_valid" CHECK ("comments"."recommend_count" >= 0);--> statement-breakpoint
-- The live stream's log (lib/live). Triggers run at commit (deferred), take one lock shared by every
-- writer of live events and hold it until the commit ends, so event ids are in commit order: a reader
-- catching up from "after id N" never misses an event committed later with a smaller id. Taken at
-- commit, after every row lock the transaction needs, the lock cannot deadlock with row locks.
CREATE FUNCTION "newshub_live_event"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
  event_kind text := TG_ARGV[0];
  event_article integer;
  event_ref integer;
BEGIN
  IF event_kind = 'comment' OR event_kind = 'entry' THEN
    event_article := NEW.article_id;
    event_ref := NEW.id;
  ELSIF event_kind = 'article' THEN
    event_article := NEW.id;
  ELSE
    event_ref := NEW.id;
  END IF;
  PERFORM pg_advisory_xact_lock(748320611);
  INSERT INTO "live_events" ("kind", "article_id", "ref") VALUES (event_kind, event_article, event_ref) RETURNING "id" INTO event_id;
  PERFORM pg_notify('newshub_live', event_id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "comments_live_insert" AFTER INSERT ON "comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.status <> 'pending') EXECUTE FUNCTION "newshub_live_event"('comment');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "comments_live_update" AFTER UPDATE ON "comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT (OLD.status = 'pending' AND NEW.status = 'pending') AND (
    OLD.status IS DISTINCT FROM NEW.status OR OLD.body IS DISTINCT FROM NEW.body OR OLD.recommend_count <> NEW.recommend_count
    OR OLD.featured_at IS DISTINCT FROM NEW.featured_at OR OLD.user_id IS DISTINCT FROM NEW.user_id))
  EXECUTE FUNCTION "newshub_live_event"('comment');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "breaking_news_live" AFTER INSERT OR UPDATE ON "breaking_news" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "newshub_live_event"('banner');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "live_entries_live" AFTER INSERT OR UPDATE ON "live_entries" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "newshub_live_event"('entry');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "articles_live" AFTER UPDATE ON "articles" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.live_ended_at IS DISTINCT FROM NEW.live_ended_at)
  EXECUTE FUNCTION "newshub_live_event"('article');
