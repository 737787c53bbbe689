-- A change of a comment's recommendations or featured mark alone is its own kind of live event
-- ("comment-meta"): it updates the comment on its story's open pages, and is not sent to every page's
-- Recent Comments sidebar, which shows neither.
CREATE OR REPLACE FUNCTION "newshub_live_event"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
  event_kind text := TG_ARGV[0];
  event_article integer;
  event_ref integer;
BEGIN
  IF event_kind IN ('comment', 'comment-meta', 'entry') THEN
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
DROP TRIGGER "comments_live_update" ON "comments";
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "comments_live_update" AFTER UPDATE ON "comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NOT (OLD.status = 'pending' AND NEW.status = 'pending') AND (
    OLD.status IS DISTINCT FROM NEW.status OR OLD.body IS DISTINCT FROM NEW.body OR OLD.user_id IS DISTINCT FROM NEW.user_id))
  EXECUTE FUNCTION "newshub_live_event"('comment');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "comments_live_meta" AFTER UPDATE ON "comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.status = 'published' AND OLD.status = 'published' AND OLD.body IS NOT DISTINCT FROM NEW.body
    AND OLD.user_id IS NOT DISTINCT FROM NEW.user_id
    AND (OLD.recommend_count <> NEW.recommend_count OR OLD.featured_at IS DISTINCT FROM NEW.featured_at))
  EXECUTE FUNCTION "newshub_live_event"('comment-meta');
