CREATE TABLE "daily_visitors" (
	"day" date PRIMARY KEY NOT NULL,
	"sketch" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "page_views" (
	"hour" timestamp with time zone NOT NULL,
	"page" text NOT NULL,
	"article_id" integer,
	"section_id" integer,
	"referrer" text NOT NULL,
	"device" text NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "page_views_key" UNIQUE NULLS NOT DISTINCT("hour","page","article_id","section_id","referrer","device"),
	CONSTRAINT "page_views_page_valid" CHECK (page in ('home', 'article', 'section', 'tag', 'author', 'search', 'comments', 'about')),
	CONSTRAINT "page_views_device_valid" CHECK (device in ('phone', 'tablet', 'desktop', 'unknown')),
	CONSTRAINT "page_views_referrer_length" CHECK (char_length("page_views"."referrer") between 1 and 100),
	CONSTRAINT "page_views_views_positive" CHECK ("page_views"."views" > 0)
);
--> statement-breakpoint
ALTER TABLE "page_views" ADD CONSTRAINT "page_views_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_views" ADD CONSTRAINT "page_views_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_views_article_idx" ON "page_views" USING btree ("article_id","hour");