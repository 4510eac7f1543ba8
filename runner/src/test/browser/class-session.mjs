// The class's phone session in Debian's Chromium: two phones join (one in Dutch), one tries a
// nickname with markup and is told why not, both choose, the teacher's page plays a week and ends
// the lesson, and each phone shows its card. Prints what it saw as JSON; ClassBrowserTest checks it.
// Usage: node class-session.mjs BASE_URL TEACHER_URL CODE SCREENSHOT_DIR
import { chromium } from 'playwright-core';

const [base, teacherUrl, code, shots] = process.argv.slice(2);
const seen = {};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const phone = async (locale) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (e) => { seen.pageErrors = (seen.pageErrors || []).concat(String(e)); });
    return page;
  };
  const anna = await phone('en-GB');
  const noor = await phone('nl-NL');

  // A phone opens the address the QR code holds: the code is filled in.
  await anna.goto(base + '/join?code=' + code);
  await anna.waitForSelector('#join:not([hidden])');
  seen.codeFilled = await anna.inputValue('#code');
  seen.joinHeading = await anna.textContent('#join h1');

  await anna.fill('#nickname', '<img src=x onerror=alert(1)>'.slice(0, 16));
  await anna.click('#join-button');
  await anna.waitForFunction(() => document.getElementById('error').textContent.length > 0);
  seen.markupRefusal = await anna.textContent('#error');
  seen.imagesAfterMarkup = await anna.locator('img').count();

  await anna.fill('#nickname', 'Anna');
  await anna.click('#join-button');
  await anna.waitForSelector('#play:not([hidden])');
  seen.annaFeeling = await anna.textContent('#feeling');
  await anna.click('button.choice[data-choice="scroll"]');
  await anna.waitForSelector('button.choice[data-choice="scroll"][aria-pressed="true"]');
  await anna.click('button.choice[data-choice="night-off"]');
  await anna.waitForSelector('button.choice[data-choice="night-off"][aria-pressed="true"]');
  // A second choice in a group replaces the first.
  await anna.click('button.choice[data-choice="post"]');
  await anna.waitForSelector('button.choice[data-choice="post"][aria-pressed="true"]');
  seen.annaScrollAfterPost = await anna.getAttribute('button.choice[data-choice="scroll"]', 'aria-pressed');
  seen.annaStatus = await anna.textContent('#status');
  await anna.screenshot({ path: shots + '/phone-choose.png', fullPage: true });

  await noor.goto(base + '/join');
  await noor.waitForSelector('#join:not([hidden])');
  seen.noorHeading = await noor.textContent('#join h1');
  await noor.fill('#code', code);
  await noor.fill('#nickname', 'Noor');
  await noor.click('#join-button');
  await noor.waitForSelector('#play:not([hidden])');
  await noor.click('button.choice[data-choice="meet"]');
  await noor.waitForSelector('button.choice[data-choice="meet"][aria-pressed="true"]');
  seen.noorChoice = await noor.textContent('button.choice[data-choice="meet"]');

  const teacher = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' })).newPage();
  teacher.on('pageerror', (e) => { seen.pageErrors = (seen.pageErrors || []).concat(String(e)); });
  await teacher.goto(teacherUrl);
  await teacher.waitForFunction(() => document.querySelectorAll('#students li.c0, #students li.c1, #students li.c2').length === 2);
  seen.teacherCode = await teacher.textContent('#code');
  seen.teacherStudents = await teacher.locator('#students li strong').allTextContents();
  seen.qrDark = await teacher.evaluate(() => {
    const c = document.getElementById('qr');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) dark += d[i] < 128 ? 1 : 0;
    return dark / (c.width * c.height);
  });
  await teacher.screenshot({ path: shots + '/projector-join.png' });
  await teacher.click('#next');
  await teacher.waitForFunction(() => document.getElementById('turn').textContent.includes('2'));
  seen.teacherTurn = await teacher.textContent('#turn');

  await anna.waitForFunction(() => document.getElementById('turn').textContent.includes('2'), null, { timeout: 10000 });
  seen.annaDiary = await anna.textContent('#diary');
  seen.annaMeetings = await anna.textContent('#meetings');
  seen.annaPressedAfterTurn = await anna.locator('button.choice[aria-pressed="true"]').count();
  await anna.screenshot({ path: shots + '/phone-week.png', fullPage: true });

  await teacher.click('#end');
  await teacher.waitForSelector('#class-card:not([hidden])');
  seen.classCard = await teacher.textContent('#class-card');
  await teacher.screenshot({ path: shots + '/projector-card.png' });
  await anna.waitForSelector('#card:not([hidden])', { timeout: 10000 });
  seen.annaCard = await anna.textContent('#card');
  await anna.screenshot({ path: shots + '/phone-card.png', fullPage: true });
  await noor.waitForSelector('#card:not([hidden])', { timeout: 10000 });
  seen.noorCardHeading = await noor.textContent('#card-heading');
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
