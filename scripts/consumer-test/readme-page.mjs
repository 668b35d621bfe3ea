// Serves the README's plain HTML page (the ```html block with an import map) over loopback, with
// the consumer project's node_modules at the site root as the README says, and loads it in
// headless Chromium: the catalog must render entries, with no page error and no failed request.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The README's ```html block that carries an import map. */
export function readmePage(readme) {
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
  const page = blocks.find((block) => block.includes('type="importmap"'));
  if (page === undefined) throw new Error('README has no ```html block with an import map');
  return page;
}

function serve(html, project) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return;
    }
    const file = join(project, path);
    if (!path.startsWith('/node_modules/') || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function checkReadmePage(readme, project) {
  const server = await serve(readmePage(readme), project);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page
      .waitForFunction(() => document.querySelector('ik-catalog')?.shadowRoot?.textContent?.includes('Slack'), null, {
        timeout: 20_000,
      })
      .catch(() => problems.push('the catalog rendered no entries within 20 s'));
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}
