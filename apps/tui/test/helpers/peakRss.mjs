// Preloaded with `node --import` into a process under test: as it exits, it writes its peak
// resident set size in KiB (getrusage's ru_maxrss) to the file DOSSIER_TEST_PEAK_RSS names.
import { writeFileSync } from "node:fs";

const file = process.env.DOSSIER_TEST_PEAK_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
