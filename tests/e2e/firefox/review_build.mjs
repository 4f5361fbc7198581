/* A subject-matter expert reviews a review build in Firefox: the one HTML file opened from
   file://, commented on, reloaded, Firefox closed and opened again, a verdict, Save comments,
   and axe-core on every page with the review tools shown.

   node review_build.mjs MODE BUILD.html WORKDIR --report REPORT.json [--screenshot PNG] [--probe HTML]

   MODE `review`: the whole review above, in a Firefox as it ships.
   MODE `unkept`: a Firefox that blocks all cookies (so keeps no site data): what the bar
   says, a comment added and saved all the same.
   --probe HTML: also opens that file in a new tab and reports its requests as `probe` (the
   request log's own check: it must see a request that is made).

   Writes what the reviewer saw to REPORT.json (tests/e2e/test_review_build_firefox.py
   asserts on it); a step that fails is reported as `error` with everything seen before it. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launchFirefox } from './launch.mjs';

const { positionals, values: options } = parseArgs({
  allowPositionals: true, options: { report: { type: 'string' }, screenshot: { type: 'string' }, probe: { type: 'string' } },
});
const [mode, build, work] = positionals;
const PREFS = { review: {}, unkept: { 'network.cookie.cookieBehavior': 2 } }[mode];
const AXE = new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url);
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const profile = path.join(work, 'profile');
const downloads = path.join(work, 'downloads');
fs.mkdirSync(profile, { recursive: true });
fs.mkdirSync(downloads, { recursive: true });
const url = pathToFileURL(build).href;
const report = { mode, url, requests: [], resources: [], errors: [], steps: [] };
const role = (name, kind = 'button') => `::-p-aria(${name}[role="${kind}"])`;
let browser;

/** The review build in a new tab, with every request and error recorded. */
async function open(browser, file = url, seen = report) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.on('request', (r) => seen.requests.push(r.url().slice(0, 200)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.goto(file);
  if (file === url) await page.waitForSelector('.csr-bar');
  return page;
}

const launch = () => launchFirefox(profile, downloads, PREFS);

/** What the page itself fetched (the Resource Timing list), before it goes away. */
async function keepResources(page, seen = report) {
  seen.resources.push(...await page.evaluate(
    () => performance.getEntriesByType('resource').map((e) => e.name.slice(0, 200))));
}

async function click(page, selector) {
  await (await page.waitForSelector(selector)).click();
}

async function type(page, label, text, kind = 'textbox') {
  await (await page.waitForSelector(role(label, kind))).type(text);
}

const shown = (page) => page.$$eval('.csr-comment', (items) => items.map((li) => li.innerText));
const count = (page, selector) => page.$$eval(selector, (found) => found.length);
const pressed = (page) => page.$$eval('.csr-verdict button', (bs) => bs.map((b) => [b.textContent, b.getAttribute('aria-pressed')]));
const barText = (page) => page.$eval('.csr-count', (p) => p.textContent);

async function commentWithQuote(page) {
  await click(page, role('Next'));
  report.title = await page.$eval('#cs-page h1', (h) => h.textContent);
  const block = await page.$('#cs-page > .cs-text');
  report.quotedBlock = await block.evaluate((b) => b.getAttribute('data-block'));
  await block.click({ count: 3 });  // a paragraph selected
  report.quote = await page.evaluate(() => String(getSelection()).trim());
  await click(page, role('Comment on this text'));
  report.nameAsked = await count(page, role('Your name', 'textbox'));
  report.quoteInForm = await page.$eval('.csr-form .csr-quote', (q) => q.textContent);
  await type(page, 'Your name', 'Dr. Ada Lovelace');
  await type(page, 'Comment', 'Name the three sides in the first sentence.');
  await click(page, role('Add comment'));
  report.afterAdd = await shown(page);
  report.focusAfterAdd = await page.evaluate(() => document.activeElement.className);
}

async function afterReload(page) {
  await page.reload();
  await page.waitForSelector('.csr-bar');
  await click(page, role(report.title));  // the menu: back to the commented page
  report.afterReload = await shown(page);
  await click(page, role('Comment on this page'));
  report.nameAskedAgain = await count(page, role('Your name', 'textbox'));
  await type(page, 'Comment', 'A good title.');
  await click(page, role('Add comment'));
  await click(page, role('Approve'));
  report.verdictApproved = await pressed(page);
  await click(page, role('Request changes'));
  report.verdictChanges = await pressed(page);
  report.barBeforeClose = await barText(page);
}

async function afterRestart(page) {
  await click(page, role(report.title));
  report.afterRestart = await shown(page);
  report.barAfterRestart = await barText(page);
  report.verdictAfterRestart = await pressed(page);
  report.storageNote = await page.$$eval('.csr-note:not([hidden])', (notes) => notes.map((n) => n.textContent));
  if (options.screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: options.screenshot });
  }
  await click(page, role('Save comments'));
  report.saved = await downloaded();
  report.savedStatus = await page.$eval('.csr-status', (s) => s.textContent);
}

/** The file Save comments downloaded, once Firefox has finished writing it. */
async function downloaded() {
  for (let tries = 0; tries < 100; tries++) {
    const names = fs.readdirSync(downloads);
    const done = names.filter((n) => !n.endsWith('.part'));
    if (done.length && names.length === done.length) return path.join(downloads, done[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** Keyboard only, on the first page: comment, edit, delete. */
async function keyboard(page) {
  await click(page, '.cs-menu-page');
  await page.waitForSelector('#cs-page .csr-add');
  await page.$eval('#cs-page .csr-add', (b) => b.focus());
  await page.keyboard.press('Enter');
  await page.keyboard.type('Typed without a mouse.');  // the name is known: the comment box
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');  // Add comment
  const focus = () => page.evaluate(() => [document.activeElement.className, document.activeElement.textContent]);
  report.keyboard = { added: await focus() };
  await page.keyboard.press('Tab');  // Edit
  await page.keyboard.press('Enter');
  await page.keyboard.down('Control'); await page.keyboard.press('a'); await page.keyboard.up('Control');
  await page.keyboard.type('Changed by keyboard.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');  // Save
  report.keyboard.edited = await focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');  // Delete
  report.keyboard.onDelete = await focus();
  await page.keyboard.press('Enter');
  report.keyboard.deleted = await focus();
  report.keyboard.left = await count(page, '#cs-page .csr-comment');
}

/** axe-core's WCAG 2.1 A/AA violations in the page as it is (axe added once per page). */
async function axe(page) {
  if (!await page.evaluate(() => typeof window.axe === 'object')) {
    await page.evaluate(fs.readFileSync(AXE, 'utf8') + '\n;undefined');
  }
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, WCAG_21_AA);
}

async function axeOnEveryPage(page) {
  await click(page, role('Comment on this page'));  // an open form too
  report.axe = [];
  const pages = await count(page, '.cs-menu-page');
  for (let n = 0; n < pages; n++) {
    await (await page.$$('.cs-menu-page'))[n].click();
    await page.waitForFunction((i) => {  // shown, and its review tools added (none on Results)
      const item = document.querySelectorAll('.cs-menu-page')[i];
      return item.getAttribute('aria-current') === 'page' &&
        (item.getAttribute('data-page') === 'results' || document.querySelector('#cs-page .csr-notes'));
    }, {}, n);
    const violations = await axe(page);
    report.axe.push({ page: n + 1, key: await page.evaluate((i) => document.querySelectorAll('.cs-menu-page')[i].getAttribute('data-page'), n), tools: await count(page, '.csr-add'), violations });
  }
}

async function step(name, fn) {
  const started = Date.now();
  await fn();
  report.steps.push([name, Date.now() - started]);
}

/** With nothing kept: the note in the bar, and a comment that can still be saved. */
async function unkept(page) {
  report.notes = await page.$$eval('.csr-note:not([hidden])', (notes) => notes.map((n) => n.textContent));
  await click(page, role('Comment on this page'));
  await type(page, 'Your name', 'Dr. Ada Lovelace');
  await type(page, 'Comment', 'Kept only while the page is open.');
  await click(page, role('Add comment'));
  report.afterAdd = await shown(page);
  report.axe = await axe(page);  // with the note shown
  report.askedBeforeClosing = await askedBeforeClosing(page);
  if (options.screenshot) await page.screenshot({ path: options.screenshot });
  await click(page, role('Save comments'));
  report.saved = await downloaded();
  report.savedStatus = await page.$eval('.csr-status', (s) => s.textContent);
  report.askedAfterSaving = await askedBeforeClosing(page);
}

/** Whether Firefox asks before the page closes: the question's type, dismissed so that
    the page stays; null when the page closed without a question. */
async function askedBeforeClosing(page) {
  const asked = new Promise((resolve) => {
    page.once('dialog', async (dialog) => { resolve(dialog.type()); await dialog.dismiss(); });
    page.once('close', () => resolve(null));
  });
  page.close({ runBeforeUnload: true }).catch(() => {});
  return asked;
}

/** The request log's own check: a page that does make a request. */
async function probe(browser) {
  report.probe = { requests: [], resources: [], errors: [] };
  const page = await open(browser, pathToFileURL(options.probe).href, report.probe);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await keepResources(page, report.probe);
}

/** The whole review (the browser is closed and opened again on the same profile). */
async function review() {
  let page;
  await step('open', async () => { page = await open(browser); });
  await step('comment with a quote', () => commentWithQuote(page));
  await step('reload', () => afterReload(page));
  await keepResources(page);
  await step('close Firefox', () => browser.close());
  await step('open Firefox again', async () => { browser = await launch(); page = await open(browser); });
  await step('save comments', () => afterRestart(page));
  await step('keyboard only', () => keyboard(page));
  await step('axe on every page', () => axeOnEveryPage(page));
  await keepResources(page);
}

try {
  if (!PREFS) throw new Error(`unknown mode ${mode}: review or unkept`);
  await step('launch', async () => { browser = await launch(); });
  report.browser = await browser.version();
  if (mode === 'review') await review();
  else await step('unkept', async () => unkept(await open(browser)));
  if (options.probe) await step('probe', () => probe(browser));
} catch (error) {
  report.error = String(error && error.stack || error);
} finally {
  if (browser) await browser.close().catch(() => {});
  fs.writeFileSync(options.report, JSON.stringify(report, null, 1));
}
