import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  // Two workers share one server: most of a test is waiting on the browser, so two halve the wall time on a 2-core
  // machine (E2E_WORKERS=1 for a quiet, one-at-a-time run). One retry in CI, reported as "flaky" in the list, so a
  // shared machine's hiccup does not hide a whole run; a test that fails twice fails the run.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
  },
  projects: [
    {
      name: "debian-chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  ],
  webServer: {
    // What ships: the standalone server, started exactly as the container starts it (scripts/standalone/start.sh).
    command: "node scripts/standalone/prepare.mjs && sh .next/standalone/start.sh",
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), BIND_ADDRESS: "127.0.0.1" },
  },
});
