/* Debian's Firefox ESR (/usr/bin/firefox-esr) driven by puppeteer-core over WebDriver BiDi:
   no browser download, a fresh profile in the given folder, headless.

   The profile is a person's Firefox as it ships, not a test browser's: puppeteer turns off
   `security.fileuri.strict_origin_policy`, which Firefox has on (each file:// page is then its
   own origin, with its own localStorage), so it is set back. Downloads go to `downloads`
   without asking. */
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.COURSESMITH_FIREFOX || '/usr/bin/firefox-esr';

export function firefoxPrefs(downloads) {
  return {
    'security.fileuri.strict_origin_policy': true,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/octet-stream',
  };
}

/** A headless Firefox on `profile` (a folder: the same folder again is the same browser
    reopened, with what it kept); `prefs` go over the defaults above. */
export async function launchFirefox(profile, downloads, prefs = {}) {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { ...firefoxPrefs(downloads), ...prefs },
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    defaultViewport: { width: 1366, height: 900 },
    protocolTimeout: 60_000,
  });
}
