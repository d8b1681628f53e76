/**
 * `npm run bench`: the speed and size targets (issue #11), measured here and never in timed tests.
 * - the build in `dist-bench/`: every chunk and every package in gzip, from the source maps;
 * - the emulator and the list model in Node: a 10,000-row page, sorting and filtering 100,000;
 * - the built app in Debian's Chromium against the emulator on 127.0.0.1:1530–1531: JavaScript to
 *   the login page and to the first list, round trips and time from the sign-in click to the first
 *   row, selection and scrolling on a 10,000-row page of 100,000 servers, setvalues while typing.
 * Prints each measure against its budget and the change since the last run (`.bench/last.json`),
 * and exits 1 when a budget is missed.
 */
import { bigLists } from "./bench/browser-lists";
import { setValues } from "./bench/browser-setvalues";
import { launchChromium, serveBench, signInToFirstRow } from "./bench/browser";
import { buildForBench, bundleSizes } from "./bench/bundle";
import { hundredThousandServers, tenThousandRows } from "./bench/emulator";
import { report, Results } from "./bench/results";

const results = new Results();
buildForBench();
bundleSizes(results);
await tenThousandRows(results);
await hundredThousandServers(results);

const browser = await launchChromium();
const small = await serveBench(1530, 0);
const big = await serveBench(1531, 100_000);
try {
  await signInToFirstRow(browser, small.base, results);
  await setValues(browser, small.base, results);
  await bigLists(browser, big.base, results);
} finally {
  await browser.close();
  small.close();
  big.close();
}
process.exit(report(results) > 0 ? 1 : 0);
