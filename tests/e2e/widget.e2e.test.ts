import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Service, startService } from '../../cli';
import { createMemoryLogger } from '../../server';
import {
  CHROMIUM,
  launchChromium,
  openPage,
  scrollToTop,
  shoot,
  streamSeen,
  type WatchedPage,
} from './browser';
import { BAD_CSV, chatTurn, parseCompact, whatIfDelta } from './e2e-helpers';

/** Conditions are polled, never slept on; generous because two cores are shared. */
const WAIT = { timeout: 20_000, interval: 50 };
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const QUESTION = 'What if we move 20% of TV to social?';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(`e2e: ${CHROMIUM} not found, so the browser test is skipped (.ci/run installs it)`);

/** The methodology document a what-if answer cites, by the title in its front matter. */
const WHAT_IF_DOC = /^title: (.+)$/m.exec(
  readFileSync(new URL('../../knowledge/docs/what-if.md', import.meta.url), 'utf8'),
)?.[1];

const title = HAS_CHROMIUM
  ? 'widget in Chromium against the real server'
  : `widget in Chromium against the real server (skipped: ${CHROMIUM} not found)`;

describe.skipIf(!HAS_CHROMIUM)(title, () => {
  let service: Service;
  let browser: Browser;
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    [service, browser] = await Promise.all([
      startService(loadConfig({}), {
        port: 0,
        host: '127.0.0.1',
        logger: createMemoryLogger(),
        runtime: { inMemory: true, fitOptions: { seed: 42, intervals: 20 } },
      }),
      launchChromium(),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const w of opened) await w.context.close().catch(() => {});
    await browser?.close();
    await service?.stop();
  }, 60_000);

  const api = (p: string, init?: RequestInit) => fetch(`${service.url}${p}`, init);

  /** Opens `/` at the given viewport. */
  async function open(width: number, height: number): Promise<WatchedPage> {
    const watched = await openPage(browser, service.url, { width, height });
    opened.push(watched);
    await watched.page.goto(`${service.url}/`);
    return watched;
  }

  /** Types the question and presses Enter; resolves with the turn's final answer. */
  async function ask(page: Page) {
    const turn = chatTurn(page, '/api/chat');
    await page.getByTestId('chat-input').fill(QUESTION);
    await page.getByTestId('chat-input').press('Enter');
    return turn;
  }

  describe('desktop, 1280 px', () => {
    let w: WatchedPage;
    let turn: Awaited<ReturnType<typeof chatTurn>>;
    let message: Locator;

    it('streams status lines, then the answer with the what-if sentence and its KPI change', async () => {
      w = await open(1280, 860);
      const { page } = w;
      const chat = ask(page);
      await page.waitForFunction(
        () => {
          const a = document.querySelector('[data-role=assistant] [data-testid=answer]');
          return a && (!a.classList.contains('streaming') || (a.textContent ?? '').length > 40);
        },
        undefined,
        { polling: 'raf' },
      );
      await shoot(page, 'desktop-1-streaming');
      message = page.locator('[data-testid=message][data-role=assistant]').first();
      const answer = message.getByTestId('answer');
      await expect.poll(() => answer.getAttribute('class'), WAIT).not.toContain('streaming');
      turn = await chat;
      const final = (await text(answer)).trim();
      const seen = await streamSeen(page);
      expect(seen.some((s) => s.text === '' && s.status.includes('Reading the question…'))).toBe(
        true,
      );
      expect(seen.some((s) => s.status.some((l) => l.startsWith('Simulating the scenario')))).toBe(
        true,
      );
      const partial = seen.filter((s) => s.text.length > 0 && s.text.length < final.length / 2);
      expect(partial.length).toBeGreaterThan(0);
      expect(final.startsWith(partial[0]?.text.slice(0, 20) ?? '?')).toBe(true);
      expect(await text(message.locator('details.steps-box summary'))).toMatch(/^\d+ steps$/);
      const delta = whatIfDelta(final);
      expect(delta, final).toBeDefined();
      expect(Math.abs(delta?.amount ?? 0)).toBeGreaterThan(0);
      expect(turn.pending?.kind).toBe('approve_plan');
    });

    it('draws a chart and links the [1] citation to the titled methodology source', async () => {
      const { page } = w;
      const svg = message.getByTestId('chart-svg').first();
      await expect.poll(() => svg.locator('rect, path').count(), WAIT).toBeGreaterThan(3);
      await scrollToTop(message.getByTestId('chart').first());
      await shoot(page, 'desktop-2-chart');
      const cite = message.getByTestId('citation-link').first();
      const target = (await cite.getAttribute('href')) ?? '';
      const source = page.locator(`[id="${target.slice(1)}"]`);
      expect(await source.getAttribute('data-testid')).toBe('source');
      expect(await text(source.locator('.source-title'))).toBe(WHAT_IF_DOC);
      await cite.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1));
      await source.scrollIntoViewIfNeeded();
      await shoot(page, 'desktop-3-sources');
    });

    it('reruns the prediction when the TV slider moves, matching the server', async () => {
      const { page } = w;
      const card = message.getByTestId('scenario-card');
      await card.waitFor();
      expect(await card.getByTestId('scenario-slider').count()).toBe(5);
      const kpi = card.getByTestId('predicted-kpi');
      await expect.poll(() => kpi.getAttribute('title'), WAIT).toBeTruthy();
      const cardDelta = parseCompact(await text(card.getByTestId('predicted-delta')));
      const said = whatIfDelta(await text(message.getByTestId('answer')));
      expect(Math.abs(cardDelta - (said?.amount ?? 0))).toBeLessThan(0.01 * Math.abs(cardDelta));
      expect(await text(card.locator('header p'))).toMatch(/^Spend over the next 13 weeks\./);
      await scrollToTop(card);
      await shoot(page, 'desktop-4-scenario');

      const before = await kpi.getAttribute('title');
      const tv = card.locator('[data-testid=scenario-slider][data-channel=tv_spend]');
      const start = Number(await tv.inputValue());
      const step = Number(await tv.getAttribute('step'));
      const sent = page.waitForRequest(
        (r) =>
          r.url().endsWith('/api/predict') &&
          (r.postDataJSON() as { allocation: Record<string, number> }).allocation.tv_spend ===
            start + 10 * step,
      );
      await tv.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      const request = await sent;
      await expect.poll(() => kpi.getAttribute('title'), WAIT).not.toBe(before);
      const tvValue = card.getByTestId('slider-value').first();
      expect(parseCompact(await text(tvValue))).toBe(start + 10 * step);
      const server = (await (
        await api('/api/predict', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.postData() ?? '',
        })
      ).json()) as { scenario: { kpi: number } };
      const shown = Number((await kpi.getAttribute('title'))?.replace(/,/g, ''));
      expect(Math.abs(shown - server.scenario.kpi)).toBeLessThanOrEqual(0.5);
      await shoot(page, 'desktop-5-slider-moved');
    });

    it('asks to approve the plan and records the approval', async () => {
      const { page } = w;
      const approval = message.getByTestId('approval-card');
      await approval.scrollIntoViewIfNeeded();
      await shoot(page, 'desktop-6-approval');
      const resumed = chatTurn(page, '/api/chat/resume');
      await approval.getByTestId('approve-button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => text(approval.getByRole('status')), WAIT).toBe('Approved.');
      const after = page.locator('[data-testid=message][data-role=assistant]').nth(1);
      await expect.poll(() => text(after.getByTestId('answer')), WAIT).toMatch(/^Approved/);
      expect((await resumed).threadId).toBe(turn.threadId);
      const stored = (await (await api(`/api/scenarios/${turn.pending?.scenarioId}`)).json()) as {
        approval: string;
      };
      expect(stored.approval).toBe('approved');
      await shoot(page, 'desktop-7-approved');
    });

    it('shows the row, column and reason of each problem in a bad CSV upload', async () => {
      const { page } = w;
      await page.getByTestId('upload-button').click();
      const dialog = page.getByTestId('upload-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('upload-input').setInputFiles(BAD_CSV);
      await dialog.getByTestId('upload-submit').click();
      const error = dialog.getByTestId('upload-error');
      await error.waitFor();
      expect(await text(error.locator('.error-title'))).toBe(
        'Row 2 (line 3 of the file), column tv_spend: negative spend -5; spend must be zero or more',
      );
      const cells = await error.locator('tbody tr').first().locator('td').allTextContents();
      expect(cells).toEqual([
        '2 (line 3)',
        'tv_spend',
        'Negative spend -5; spend must be zero or more',
      ]);
      await shoot(page, 'desktop-8-upload-error');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    it('raised no page errors and made no request off the server', () => {
      const unexpected = w.problems.filter((p) => !/status of 422 .*\/api\/datasets/.test(p));
      expect(unexpected).toEqual([]);
      expect(w.offsite).toEqual([]);
    });
  });

  it('fits a 375 px phone: answer, sliders and the upload error without sideways scrolling', async () => {
    const w = await open(375, 812);
    const { page } = w;
    await ask(page);
    const message = page.locator('[data-testid=message][data-role=assistant]').first();
    await message.getByTestId('citation-link').first().waitFor();
    await shoot(page, 'phone-1-answer');
    const card = message.getByTestId('scenario-card');
    await expect
      .poll(() => card.getByTestId('predicted-kpi').getAttribute('title'), WAIT)
      .toBeTruthy();
    await scrollToTop(card);
    await shoot(page, 'phone-2-scenario');
    const widest = await page.evaluate(() =>
      Math.max(
        document.documentElement.scrollWidth,
        ...[
          ...Array.from(
            document.querySelectorAll('[data-testid=message], [data-testid=scenario-slider]'),
          ),
        ].map((el) => el.getBoundingClientRect().right),
      ),
    );
    expect(widest).toBeLessThanOrEqual(375);
    await page.getByTestId('upload-button').click();
    await page.getByTestId('upload-input').setInputFiles(BAD_CSV);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('upload-issues').waitFor();
    await shoot(page, 'phone-3-upload-error');
    expect(w.problems.filter((p) => !/status of 422 .*\/api\/datasets/.test(p))).toEqual([]);
    expect(w.offsite).toEqual([]);
  });
});
