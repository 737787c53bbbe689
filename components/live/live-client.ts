/**
 * The browser's side of the live stream (lib/live/protocol.ts): one EventSource per page, loaded after
 * the page is usable. It changes only markup the server drew as HTML strings (thread, sidebar, banner,
 * live-blog entries), which React leaves alone, and never moves what the reader is looking at: new
 * top-level comments wait behind a "Show new comments" button; replies and sidebar entries go where the
 * browser's scroll anchoring keeps the view still.
 */
import { LIVE_PATH, type LiveMessage } from '@/lib/live/protocol';
import { repliesListClass } from '@/lib/content/thread-classes';
import { placeTopLevel } from '@/components/comments/thread-order';

export type LiveOptions = {
  articleId: number | null;
  /** The position the page was rendered at. */
  after: number;
  /** Too much missed to catch up: load the page's data again. */
  onReset: () => void;
};

const RECENT_LIMIT = 5;

function fromHtml(markup: string): HTMLElement | null {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild as HTMLElement | null;
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

export function startLive(options: LiveOptions): () => void {
  let lastId = options.after;
  let source: EventSource | null = null;
  let retryMs = 1_000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const waiting = new Map<number, HTMLElement>();

  const connect = () => {
    const params = new URLSearchParams({ after: String(lastId) });
    if (options.articleId !== null) params.set('article', String(options.articleId));
    source = new EventSource(`${LIVE_PATH}?${params}`);
    source.onopen = () => {
      retryMs = 1_000;
      // Says the page is live (for assistive styling and for tests that wait for it).
      document.documentElement.dataset.live = 'open';
    };
    source.onmessage = (event) => {
      const id = Number(event.lastEventId);
      if (Number.isFinite(id) && id > lastId) lastId = id;
      try {
        apply(JSON.parse(event.data) as LiveMessage);
      } catch (error) {
        console.error('[live] could not apply an update', error);
      }
    };
    source.onerror = () => {
      // The browser retries by itself while the connection merely drops; when it gives up (the server
      // answered with an error, or is gone) reconnect here, from the last event, backing off.
      delete document.documentElement.dataset.live;
      if (source?.readyState !== EventSource.CLOSED || stopped) return;
      source = null;
      const wait = retryMs * (0.75 + Math.random() / 2);
      retryMs = Math.min(retryMs * 2, 60_000);
      timer = setTimeout(connect, wait);
    };
  };

  const apply = (message: LiveMessage) => {
    switch (message.type) {
      case 'banner':
        return showBanner(message.html);
      case 'recent':
        return addRecent(message.id, message.createdAt, message.html);
      case 'recent-gone':
        return $(`[data-recent-comment="${message.id}"]`)?.remove();
      case 'comment':
        showFeatured(message.id, message.quote);
        return showComment(message.id, message.parentId, message.html);
      case 'comment-removed':
        showFeatured(message.id, null);
        return removeComment(message.id, message.html);
      case 'comment-gone':
        showFeatured(message.id, null);
        return removeComment(message.id, null);
      case 'entry':
        showKeyEvent(message.id, message.keyEvent);
        return showEntry(message.id, message.deleted, message.html);
      case 'live-status': {
        const status = $('[data-live-status]');
        if (status) status.innerHTML = message.html;
        return;
      }
      case 'reset':
        return options.onReset();
    }
  };

  function showBanner(markup: string) {
    const slot = $('[data-live-banner]');
    if (slot && slot.innerHTML !== markup) slot.innerHTML = markup;
  }

  function addRecent(id: number, createdAt: string, markup: string) {
    const list = $('[data-live-recent]');
    const item = fromHtml(markup);
    if (!list || !item) return;
    const existing = list.querySelector(`[data-recent-comment="${id}"]`);
    if (existing) return existing.replaceWith(item);
    const items = [...list.children] as HTMLElement[];
    const oldest = items[items.length - 1];
    if (items.length >= RECENT_LIMIT && oldest && (oldest.dataset.created ?? '') > createdAt) return;
    const before = items.find((li) => (li.dataset.created ?? '') < createdAt);
    list.insertBefore(item, before ?? null);
    while (list.children.length > RECENT_LIMIT) list.lastElementChild?.remove();
    $('[data-live-recent-empty]')?.setAttribute('hidden', '');
  }

  function thread() {
    return $('[data-live-thread]');
  }

  function updateCount() {
    const list = thread();
    const count = $('[data-live-comment-count]');
    if (!list || !count) return;
    const shown = list.querySelectorAll('article[data-comment-state="published"]').length;
    count.textContent = `(${shown + waiting.size})`;
    $('[data-live-no-comments]')?.toggleAttribute('hidden', shown + waiting.size > 0);
  }

  function updateNotice() {
    const notice = $('[data-live-thread-notice]');
    if (!notice) return;
    if (waiting.size === 0) {
      notice.replaceChildren();
      return;
    }
    let button = notice.querySelector('button');
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'new-comments-button';
      button.addEventListener('click', revealWaiting);
      notice.replaceChildren(button);
    }
    button.textContent = waiting.size === 1 ? 'Show 1 new comment' : `Show ${waiting.size} new comments`;
  }

  function revealWaiting() {
    const list = thread();
    if (!list) return;
    const first = [...waiting.values()][0];
    for (const li of waiting.values()) if (!document.getElementById(li.id)) placeTopLevel(list, li);
    waiting.clear();
    updateNotice();
    updateCount();
    first?.querySelector<HTMLElement>('article')?.setAttribute('tabindex', '-1');
    first?.querySelector<HTMLElement>('article')?.focus({ preventScroll: false });
  }

  /** Replaces what a comment says (head, text, marks) and keeps its controls slot, where a reader may be typing a reply. */
  function refresh(existing: HTMLElement, fresh: HTMLElement) {
    existing.dataset.recommends = fresh.dataset.recommends ?? '0';
    const oldArticle = existing.querySelector(':scope > article');
    const newArticle = fresh.querySelector(':scope > article');
    if (!oldArticle || !newArticle) return;
    if (oldArticle.getAttribute('data-comment-state') !== 'published') return oldArticle.replaceWith(newArticle);
    for (const part of ['.comment-head', '.comment-text', '[data-comment-meta]']) {
      const before = oldArticle.querySelector(`:scope > ${part}`);
      const after = newArticle.querySelector(`:scope > ${part}`);
      if (before && after && before.outerHTML !== after.outerHTML) before.replaceWith(after);
    }
  }

  /** A comment in the thread, or in one still waiting behind the button. */
  function findComment(id: number): HTMLElement | null {
    const shown = document.getElementById(`comment-${id}`);
    if (shown && thread()?.contains(shown)) return shown;
    for (const item of waiting.values()) {
      if (item.id === `comment-${id}`) return item;
      const inside = item.querySelector<HTMLElement>(`#comment-${id}`);
      if (inside) return inside;
    }
    return null;
  }

  function showComment(id: number, parentId: number | null, markup: string) {
    const list = thread();
    const fresh = fromHtml(markup);
    if (!list || !fresh) return;
    const existing = findComment(id);
    if (existing) refresh(existing, fresh);
    else if (parentId === null) {
      // The reader's own comment is what they expect to see; anyone else's waits behind the button.
      const viewer = $('[data-live-viewer]')?.dataset.liveViewer;
      const author = fresh.querySelector('[data-comment-controls]')?.getAttribute('data-author-id');
      if (viewer && author === viewer) placeTopLevel(list, fresh);
      else {
        waiting.set(id, fresh);
        updateNotice();
      }
    } else {
      const parent = findComment(parentId);
      if (!parent) return;
      let replies = parent.querySelector<HTMLOListElement>(':scope > ol');
      if (!replies) {
        let depth = 0;
        for (let at = parent.parentElement; at && at !== list; at = at.parentElement) if (at.tagName === 'OL') depth += 1;
        replies = document.createElement('ol');
        replies.className = repliesListClass(depth);
        const name = parent.querySelector(':scope > article bdi')?.textContent;
        replies.setAttribute('aria-label', `Replies to ${name ?? 'removed comment'}`);
        parent.appendChild(replies);
      }
      replies.appendChild(fresh);
    }
    updateCount();
  }

  function removeComment(id: number, placeholderMarkup: string | null) {
    if (waiting.delete(id)) updateNotice();
    const existing = document.getElementById(`comment-${id}`);
    if (existing && thread()?.contains(existing)) {
      const hasReplies = existing.querySelector(':scope > ol > li') !== null;
      const placeholder = placeholderMarkup ? fromHtml(placeholderMarkup)?.querySelector(':scope > article') : null;
      if (hasReplies && placeholder) existing.querySelector(':scope > article')?.replaceWith(placeholder);
      else existing.remove();
    }
    updateCount();
  }

  /** The picks above the thread: a comment featured now is quoted there (oldest first); one no longer featured leaves. */
  function showFeatured(id: number, quote: string | null) {
    const list = $('[data-live-featured]');
    if (!list) return;
    const existing = list.querySelector(`[data-featured-comment="${id}"]`);
    const fresh = quote ? fromHtml(quote) : null;
    if (!fresh) existing?.remove();
    else if (existing) {
      if (existing.outerHTML !== fresh.outerHTML) existing.replaceWith(fresh);
    } else {
      const created = fresh.dataset.created ?? '';
      const after = [...list.children].find((li) => ((li as HTMLElement).dataset.created ?? '') > created);
      list.insertBefore(fresh, after ?? null);
    }
    $('[data-live-featured-section]')?.toggleAttribute('hidden', list.children.length === 0);
  }

  /** The key events above a live blog's entries, newest first: an entry marked as one is listed, one unmarked or deleted leaves. */
  function showKeyEvent(id: number, markup: string | null) {
    const list = $('[data-live-key-events]');
    if (!list) return;
    const existing = list.querySelector(`[data-key-event="${id}"]`);
    const fresh = markup ? fromHtml(markup) : null;
    if (!fresh) existing?.remove();
    else if (existing) existing.replaceWith(fresh);
    else {
      const created = fresh.dataset.created ?? '';
      const before = [...list.children].find((li) => ((li as HTMLElement).dataset.created ?? '') < created);
      list.insertBefore(fresh, before ?? null);
    }
    $('[data-live-key-events-section]')?.toggleAttribute('hidden', list.children.length === 0);
  }

  function showEntry(id: number, deleted: boolean, markup: string) {
    const list = $('[data-live-entries]');
    if (!list) return;
    const existing = list.querySelector(`[data-live-entry="${id}"]`);
    if (deleted) return existing?.remove();
    const fresh = fromHtml(markup);
    if (!fresh) return;
    if (existing) return existing.replaceWith(fresh);
    // Newest first: a new entry goes above the older ones.
    const created = fresh.dataset.created ?? '';
    const before = [...list.children].find((li) => ((li as HTMLElement).dataset.created ?? '') < created);
    list.insertBefore(fresh, before ?? null);
    $('[data-live-no-entries]')?.setAttribute('hidden', '');
  }

  // A comment that reaches the thread another way (the page refreshed after the reader posted it) no
  // longer waits behind the button.
  const comments = document.getElementById('comments');
  const arrivals = new MutationObserver(() => {
    let changed = false;
    // Learned who is reading only now: their own comments stop waiting.
    const viewer = $('[data-live-viewer]')?.dataset.liveViewer;
    const list = thread();
    if (viewer && list)
      for (const [id, item] of waiting)
        if (item.querySelector('[data-comment-controls]')?.getAttribute('data-author-id') === viewer) {
          waiting.delete(id);
          placeTopLevel(list, item);
          changed = true;
        }
    for (const id of waiting.keys())
      if (document.getElementById(`comment-${id}`)) {
        waiting.delete(id);
        changed = true;
      }
    if (changed) {
      updateNotice();
      updateCount();
    }
  });
  if (comments) arrivals.observe(comments, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-live-viewer'] });

  connect();
  return () => {
    arrivals.disconnect();
    stopped = true;
    if (timer) clearTimeout(timer);
    source?.close();
    delete document.documentElement.dataset.live;
  };
}
