// `pnpm -F @dossier/server load`: 30 s at 100 connections against the production bundle, started on loopback.
// LOAD_DURATION_S and LOAD_CONNECTIONS change the run; exits non-zero on any error, timeout or non-2xx.
import { runLoad } from "./runLoad";

const durationS = Number(process.env.LOAD_DURATION_S ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);

console.log(`Loading the Dossier API for ${durationS} s with ${connections} connections…`);
const report = await runLoad({ durationS, connections });
console.log(
  [
    `requests     ${report.requests} (${report.rps} req/s, p99 ${report.p99} ms)`,
    `errors       ${report.errors}`,
    `timeouts     ${report.timeouts}`,
    `non-2xx      ${report.non2xx}`,
    `RSS growth   ${report.rssGrowthMB} MB`,
    `heap growth  ${report.heapGrowthMB} MB (after GC)`,
    `clean exit   ${report.cleanExit}`,
  ].join("\n"),
);
const failed = report.errors + report.timeouts + report.non2xx > 0 || !report.cleanExit;
if (failed) console.error("FAILED: the API must answer every request of the run with a 2xx and shut down cleanly.");
process.exit(failed ? 1 : 0);
