/**
 * Playwright drives Debian's Chromium, never a downloaded browser. Installs it with apt-get
 * when running as root; otherwise says exactly what to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `Chromium is missing at ${chromium}. Install Debian's package, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(" ")} failed; install chromium by hand: apt-get install -y chromium`,
      );
      process.exit(1);
    }
  }
  if (!existsSync(chromium)) {
    console.error(
      `apt-get finished but ${chromium} is still missing; set CHROMIUM_PATH to the browser.`,
    );
    process.exit(1);
  }
}
