import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

/** The Debian Chromium the browser tests drive (`.ci/run` installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the screenshots land (gitignored; kept by CI as test artifacts). */
export const SHOTS_DIR = path.resolve(import.meta.dirname, '../../test-results/e2e');

/** Milliseconds between server-sent events as the page sees them (see PACE_CHAT_STREAM). */
export const EVENT_GAP_MS = 40;

/**
 * Page script run before the widget: the offline agent answers in a few milliseconds, so its whole
 * event stream arrives as one chunk and the browser would paint status lines and tokens in one
 * task. This wraps `fetch` to hand the chat stream to the widget one event at a time, like a slow
 * link would, and records what the page showed while an answer was still streaming.
 */
const PACE_CHAT_STREAM = `(() => {
  const gap = ${EVENT_GAP_MS};
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const res = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const type = res.headers.get('content-type') || '';
    if (!/\\/api\\/chat/.test(url) || !type.includes('text/event-stream') || !res.body) return res;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const body = new ReadableStream({
      async start(controller) {
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf('\\n\\n')) >= 0) {
            controller.enqueue(encoder.encode(buffer.slice(0, end + 2)));
            buffer = buffer.slice(end + 2);
            await new Promise((r) => setTimeout(r, gap));
          }
        }
        if (buffer) controller.enqueue(encoder.encode(buffer));
        controller.close();
      },
      cancel(reason) { return reader.cancel(reason); },
    });
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  window.__streamSeen = [];
  new MutationObserver(() => {
    const live = document.querySelector('[data-testid=answer].streaming');
    if (!live) return;
    const msg = live.closest('[data-testid=message]');
    window.__streamSeen.push({
      status: [...msg.querySelectorAll('[data-testid=status-line]')]
        .filter((li) => li.getClientRects().length > 0).map((li) => li.textContent),
      text: live.textContent,
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** What the page showed at one moment while an answer was streaming. */
export interface StreamSnapshot {
  status: string[];
  text: string;
}

/**
 * Starts headless Chromium with nothing that phones home. Playwright gives every launch a fresh
 * temporary profile (its own `--user-data-dir`) and deletes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A page and what it did wrong: uncaught errors, console errors, requests off the server. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
  offsite: string[];
}

/**
 * Opens a context of the given viewport that may only talk to `origin` (anything else is aborted
 * and recorded), with the paced chat stream installed, and watches the page for errors.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const offsite: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  await context.addInitScript(PACE_CHAT_STREAM);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  return { context, page, problems, offsite };
}

/** Saves a viewport screenshot as `test-results/e2e/<name>.png` and returns its path. */
export async function shoot(page: Page, name: string): Promise<string> {
  if (!existsSync(SHOTS_DIR)) mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** The snapshots the page recorded while answers streamed. */
export function streamSeen(page: Page): Promise<StreamSnapshot[]> {
  return page.evaluate(
    () => (window as unknown as { __streamSeen: StreamSnapshot[] }).__streamSeen,
  );
}

/** Scrolls the chat so the element's top is at the top of the view (for screenshots). */
export function scrollToTop(locator: Locator): Promise<void> {
  return locator.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}
