import { recallSuite } from "./recall.ts";
import { servedDist } from "./served.ts";

const served = servedDist();

recallSuite("search, in Chromium, served over HTTP", () => ({ browser: served.browser, site: served.url }));
