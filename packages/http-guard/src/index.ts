// `@dossier/http-guard`: the limits every Dossier HTTP door applies before any work is done —
// the standalone API (apps/server) and the web app's production server (apps/web) share them.
export { createRateLimiter, type RateLimiter } from "./rateLimit";
export { clientAddress, clientNetwork } from "./clientAddress";
export { createConnectionGate, type ConnectionGate } from "./connectionGate";
export { readBody, type BodyResult } from "./readBody";
export { createLoadShedder, type LoadShedder, type LoadShedderOptions } from "./loadShedder";
export { parseRequestTarget, authorityOf, type RequestTarget } from "./requestTarget";
export { callsIn } from "./trpcCalls";
