// Headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM) with a new, empty profile each run, for the
// browser tests. close() ends the browser and removes the profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function launch(viewport) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-chromium-'));
  // Playwright passes the profile to Chromium as --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
