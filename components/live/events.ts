/** The live stream missed too much to catch up: the page loads its data again, and live-drawn parts take it whole. */
export const LIVE_RESET = 'newshub:live-reset';

export function announceLiveReset() {
  window.dispatchEvent(new Event(LIVE_RESET));
}
