// What `o` and `y` do outside the screen: start the system's browser, put a citation on the clipboard.
import { spawn } from "node:child_process";

/** The page of an item on the web app, from a base URL the reader configures. */
export function webUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path}`;
}

/** Starts the platform's opener detached; answers a sentence for the message line. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  const opener = platform === "darwin" ? "open" : platform === "win32" ? "explorer" : "xdg-open";
  return new Promise((resolve) => {
    try {
      const child = spawn(opener, [url], { detached: true, stdio: "ignore" });
      child.once("error", () => resolve(`No browser opener (${opener}) here; the page is ${url}`));
      child.once("spawn", () => {
        child.unref();
        resolve(`Opened ${url}`);
      });
    } catch {
      resolve(`Could not start a browser; the page is ${url}`);
    }
  });
}

/** OSC 52 asks the terminal to set the clipboard; terminals that refuse it simply ignore it. */
export const osc52 = (text: string): string => `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;

/** Where OSC 52 is unknown (a dumb or the Linux console) or turned off, the citation is only shown. */
export function clipboardAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.DOSSIER_CLIPBOARD === "off") return false;
  return env.TERM !== "dumb" && env.TERM !== "linux";
}
