// Browser test of `factlint serve` (docs/review-app.md), run by ctest:
//   node tests/browser/review_app.test.mjs FACTLINT_BIN SOURCE_DIR SCREENSHOT.png
// Starts the review app on a copy of the seed corpus (plus a hostile document),
// opens it in headless Chromium, filters, decides a conflict by clicking, and checks
// the decisions file, the refreshed page, a reload, an Undo and the next `factlint check`.
// Exits 77 (ctest: skipped) with a message when Chromium or playwright-core is absent.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const [factlint, sourceDir, screenshot] = process.argv.slice(2).map((a) => a && path.resolve(a));
const chromiumPath = process.env.FACTLINT_CHROMIUM || '/usr/bin/chromium';
const SKIP = 77;

function skip(why) {
  console.log(`skipped: ${why}; 'bash ci/install-deps.sh' installs what the browser tests need`);
  process.exit(SKIP);
}

if (!factlint || !sourceDir) {
  console.error('usage: node review_app.test.mjs FACTLINT_BIN SOURCE_DIR [SCREENSHOT.png]');
  process.exit(2);
}
if (!fs.existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath}`);
let chromium;
try {
  ({ chromium } = createRequire(import.meta.url)('playwright-core'));
} catch (e) {
  skip('playwright-core is not installed in tests/browser (npm ci there)');
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failures.push(what);
}

// A project folder: the rules, the seed corpus and one hostile document.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-browser-'));
fs.cpSync(path.join(sourceDir, 'rules'), path.join(dir, 'rules'), { recursive: true });
fs.mkdirSync(path.join(dir, 'corpus'));
for (const name of fs.readdirSync(path.join(sourceDir, 'corpus'))) {
  if (name.endsWith('.txt')) fs.copyFileSync(path.join(sourceDir, 'corpus', name), path.join(dir, 'corpus', name));
}
fs.writeFileSync(path.join(dir, 'corpus', '2025-01-01-hostile.md'),
  '---\ntitle: "<script>alert(1)</script>"\nurl: "javascript:alert(2)"\n---\n\n' +
  'China and Russia share a "<img src=x onerror=alert(3)>" 2,000 km border.\n');
const decisionsFile = path.join(dir, 'factlint.decisions.toml');

// The server prints its address, with the session's token, on its first line.
const server = spawn(factlint, ['serve', '--port', '0', '--no-db', '--by', 'browser-test'],
  { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`no address from factlint serve: ${out}`)), 60000);
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})/);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`factlint serve exited with ${code}: ${out}`)));
});
console.log(`serving at ${url.replace(/token=.*/, 'token=…')}`);

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on('response', (r) => { if (r.status() >= 400) console.log(`HTTP ${r.status()} ${r.url()}`); });
  page.on('console', (m) => console.log(`console: ${m.text()}`));
  const cspErrors = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });

  const t0 = Date.now();
  await page.goto(url);
  console.log(`first page (check run and render): ${Date.now() - t0} ms`);
  check(page.url().endsWith('/') && !page.url().includes('token='), 'the token leaves the address bar for a cookie');
  check(await page.locator('h1').innerText() === 'factlint report', 'the report is served');

  // The page's own script works under its CSP: filtering by verdict.
  await page.selectOption('#f-verdict', 'conflicting');
  const shown = await page.locator('#f-shown').innerText();
  const conflicts = await page.locator('section.finding.conflicting:not(.hidden)').count();
  check(/^\d+ of \d+ facts shown$/.test(shown) && shown.startsWith(`${conflicts} of`) && conflicts > 0,
    `the verdict filter shows only conflicts (${shown})`);
  check(await page.locator('section.finding.consistent:not(.hidden)').count() === 0, 'consistent findings are hidden');

  // Decide the border conflict by clicking.
  const border = page.locator('section.finding', { hasText: 'border_length(China, Russia)' });
  check(await border.count() === 1, 'the border conflict is on the page');
  await border.locator('input[name=value]').fill('4,209 km');
  await border.locator('input[name=note]').fill('Russian border service, 2023');
  const t1 = Date.now();
  await Promise.all([page.waitForURL(/\/$/), border.locator('button[value=canonical]').click()]);
  await page.waitForSelector('.message');
  console.log(`decision round trip (POST, record, redirect, re-run, render): ${Date.now() - t1} ms`);

  const message = await page.locator('.message').innerText();
  check(message.includes("recorded: canonical value '4,209 km'"), `the page says what was recorded (${message})`);
  const file = fs.existsSync(decisionsFile) ? fs.readFileSync(decisionsFile, 'utf8') : '';
  check(file.startsWith('[[decision]]\nfinding = "border_length(China, Russia)"\nkind = "canonical"\n' +
    'value = "4,209 km"\nnote = "Russian border service, 2023"\nauthor = "browser-test"\nwhen = '),
    'the decisions file holds the decision');
  const decided = page.locator('section.finding', { hasText: 'border_length(China, Russia)' });
  check((await decided.locator('.reason').innerText()).startsWith('deviates-from-decision'),
    'the refreshed page shows the finding judged against the decision');
  check((await decided.locator('.decision').innerText()).includes("canonical value '4,209 km', by browser-test on "),
    'the refreshed page shows the decision with who and when');
  if (screenshot) {
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await decided.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);
  }

  await page.reload();
  check(await page.locator('.message').count() === 0, 'the message shows once');
  check((await page.locator('section.finding', { hasText: 'border_length(China, Russia)' }).locator('.decision')
    .innerText()).includes("'4,209 km'"), 'after a reload the decision is still there');

  // A second decision, undone with its Undo button: that entry leaves the file, the first stays.
  const split = page.locator('section.finding', { hasText: 'sino_soviet_split' });
  await Promise.all([page.waitForURL(/\/$/), split.locator('button[value=acknowledged]').click()]);
  await page.waitForSelector('.message');
  check(fs.readFileSync(decisionsFile, 'utf8').includes('finding = "sino_soviet_split"'), 'a second decision is recorded');
  const undoButton = page.locator('section.finding', { hasText: 'sino_soviet_split' }).locator('form.undo button');
  check(await undoButton.count() === 1, 'the decision has an Undo button');
  await Promise.all([page.waitForURL(/\/$/), undoButton.click()]);
  await page.waitForSelector('.message');
  const undone = await page.locator('.message').innerText();
  check(undone.startsWith('removed: acknowledged disagreement'), `the page says what was removed (${undone})`);
  const kept = fs.readFileSync(decisionsFile, 'utf8');
  check(!kept.includes('sino_soviet_split') && kept.includes('value = "4,209 km"'),
    'Undo removed that entry and kept the other');
  check(await page.locator('section.finding', { hasText: 'sino_soviet_split' }).locator('.decision').count() === 0,
    'the undone finding shows no decision');

  // A statement's place opens its document in context, at its line.
  const placeLink = page.locator('section.finding', { hasText: 'border_length(China, Russia)' })
    .locator('.place a', { hasText: 'hostile.md' });
  await Promise.all([page.waitForURL(/\/document\?path=.*#L\d+$/), placeLink.click()]);
  const target = page.locator('ol.doc li:target');
  check(await target.count() === 1 && (await target.locator('mark').innerText()) === '2,000 km',
    'a place opens the document at its line, with the value marked');
  check(await page.locator('h1').innerText() === '<script>alert(1)</script>', 'the document title is shown as text');
  await page.goBack();

  // Hostile document text stays text.
  check(dialogs.length === 0, `no script from a document ran (dialogs: ${dialogs.join(', ')})`);
  check(await page.locator('a[href^="javascript"]').count() === 0, 'a javascript: URL is not a link');
  check((await page.content()).includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'a <script> title is shown as text');
  check(cspErrors.length === 0, `the page's own script and forms break no CSP rule (${cspErrors.join('; ')})`);

  // A form posted from another origin is refused, and writes nothing.
  const before = fs.readFileSync(decisionsFile, 'utf8');
  const evil = await browser.newPage();
  await evil.setContent(`<form method="post" action="${new URL(url).origin}/decide">` +
    '<input name="finding" value="sino_soviet_split"><input name="kind" value="acknowledged"></form>');
  const [response] = await Promise.all([evil.waitForNavigation(), evil.evaluate(() => document.forms[0].submit())]);
  check(response === null || response.status() === 403, 'a cross-site form post is refused');
  check(fs.readFileSync(decisionsFile, 'utf8') === before, 'the cross-site post wrote nothing');
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

// The next check honours the decision.
const after = spawnSync(factlint, ['check', '--no-db'], { cwd: dir, encoding: 'utf8' });
check(after.status === 1 && after.stdout.includes("decided: canonical value '4,209 km', by browser-test on "),
  `factlint check honours the decision (exit ${after.status})`);
check(/2,300 mi {3}<- deviates from the canonical value/.test(after.stdout), 'the 2,300 mi statement deviates');

fs.rmSync(dir, { recursive: true, force: true });
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all browser checks passed');
