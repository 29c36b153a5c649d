// The command line: one commander program, a command per view of the story. `dossier` alone
// opens the interactive reader; every command also works in a pipe.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { CLAIM_ROLES, CLAIM_STATUSES, EXPORT_FORMATS, SEARCH_KINDS } from "@dossier/domain/vocabulary";
import { openDossier } from "../data/dossier";
import { DossierError, EXIT, toDossierError } from "../data/dossierError";
import { sanitize } from "../text/sanitize";
import * as commands from "./commands";
import { withinDeadline } from "./deadline";
import { printError, type CliIO } from "./io";

interface GlobalOptions {
  api?: string;
  story?: string;
  timeout: number;
  json?: boolean;
  web: string;
}

/** What the interactive reader needs to start; kept apart so the commands never load Ink. */
export interface ReaderStart {
  api: string | undefined;
  story: string | undefined;
  timeout: number;
  web: string;
}

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("It must be a positive whole number.");
  return n;
};

export function buildProgram(
  io: CliIO,
  startReader: (start: ReaderStart) => Promise<number>,
): { program: Command; exitCode: () => number } {
  let exitCode: number = EXIT.ok;
  const program = new Command("dossier")
    .description(
      "Browse, search and script a news story as a source-linked model. Without a command, opens the interactive reader.",
    )
    .version("0.1.0", "-V, --version")
    .addOption(new Option("--api <url>", "use the Dossier server at this URL instead of the embedded data").env("DOSSIER_API"))
    .option("--story <id>", "the story to read (default: the first one)")
    .addOption(new Option("--timeout <ms>", "give up on a server after this long").default(10_000).argParser(positiveInt))
    .addOption(
      new Option("--web <url>", "base URL of the web app, for `o` in the reader")
        .env("DOSSIER_WEB_URL")
        .default("http://localhost:3000"),
    )
    .configureOutput({
      writeOut: (text) => void io.stdout.write(sanitize(text)),
      writeErr: (text) => void io.stderr.write(sanitize(text)),
    })
    .showHelpAfterError("(run dossier --help for the commands)")
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  dossier                                   browse the story (in a terminal)",
        "  dossier claims --status denial --json     the denials, as the API answers them",
        "  dossier search Kirby sanctions            claims, quotes and actors that match",
        "  dossier --api http://127.0.0.1:3001 summary",
        "",
        "Exit codes: 0 done, 1 refused (unknown story, atom or input), 2 wrong command line or no terminal,",
        "3 server unreachable or too slow, 4 server of another version.",
      ].join("\n"),
    )
    .exitOverride();

  /** Runs a command against the chosen API and story, turning any failure into one sentence and an exit code. */
  const action =
    <A extends unknown[]>(body: (run: commands.Run, ...args: A) => Promise<void>) =>
    async (...args: unknown[]): Promise<void> => {
      const command = args[args.length - 1] as Command;
      const options = command.optsWithGlobals<GlobalOptions>();
      try {
        const work = (async () => {
          const dossier = await openDossier(options.api, { timeoutMs: options.timeout });
          const storyId = await commands.chooseStory(dossier, options.story);
          await body({ io, dossier, storyId, json: options.json === true }, ...(args.slice(0, -1) as A));
        })();
        const server = options.api?.trim();
        await (server ? withinDeadline(work, options.timeout, server) : work);
      } catch (error) {
        const failure = error instanceof DossierError ? error : toDossierError(error, options.api ?? "embedded");
        printError(io, failure.message);
        exitCode = failure.exitCode;
      }
    };
  const json = new Option("--json", "print the API's answer as JSON, for scripts");

  program
    .command("summary")
    .description("the story's title, summary and key points, with the claims behind each")
    .addOption(json)
    .action(action((run) => commands.summary(run)));
  program
    .command("claims")
    .description("every claim, in the order the text tells them, with who makes it and how the article presents it")
    .addOption(new Option("--status <status>", "only claims the article presents this way").choices(CLAIM_STATUSES))
    .addOption(new Option("--role <role>", "only claims with this role in the story").choices(CLAIM_ROLES))
    .option("--claimant <entity-id>", "only claims this entity makes")
    .option("--entity <entity-id>", "only claims by, about or mentioning this entity")
    .addOption(json)
    .action(
      action(
        (
          run,
          filter: {
            status?: (typeof CLAIM_STATUSES)[number];
            role?: (typeof CLAIM_ROLES)[number];
            claimant?: string;
            entity?: string;
          },
        ) => commands.claims(run, { status: filter.status, role: filter.role, claimant: filter.claimant, entity: filter.entity }),
      ),
    );
  program
    .command("quotes")
    .description("every quotation verbatim, with its speaker and reporting verbs")
    .addOption(json)
    .action(action((run) => commands.quotes(run)));
  program
    .command("actors")
    .description("the people, countries, bodies and groups the story names")
    .addOption(json)
    .action(action((run) => commands.actors(run)));
  program
    .command("timeline")
    .description("events in time order, with each time as written and the interval read from it")
    .addOption(json)
    .action(action((run) => commands.timeline(run)));
  program
    .command("network")
    .description("who deals with whom: accusations, denials, sanctions, deals")
    .addOption(json)
    .action(action((run) => commands.network(run)));
  program
    .command("search")
    .description("full-text search over every claim, quotation, actor and event")
    .argument("<query...>", "words to find (prefixes and small typos match)")
    .addOption(new Option("--kind <kind...>", "only hits of these kinds").choices(SEARCH_KINDS))
    .addOption(new Option("--limit <n>", "at most this many hits (1-100)").argParser(positiveInt))
    .addOption(json)
    .action(
      action((run, words: string[], options: { kind?: (typeof SEARCH_KINDS)[number][]; limit?: number }) =>
        commands.search(run, words.join(" "), { kinds: options.kind, limit: options.limit }),
      ),
    );
  program
    .command("source")
    .description("the article, verbatim")
    .addOption(json)
    .action(action((run) => commands.source(run)));
  program
    .command("export")
    .description("the story as a file: the model as JSON, the claims as CSV, or schema.org JSON-LD")
    .addOption(new Option("--format <format>", "what to export").choices(EXPORT_FORMATS).makeOptionMandatory())
    .option("-o, --output <file>", "write the file here instead of printing it")
    .addOption(json)
    .action(
      action((run, options: { format: (typeof EXPORT_FORMATS)[number]; output?: string }) =>
        commands.exportStory(run, options.format, options.output),
      ),
    );

  program.action(async () => {
    const options = program.opts<GlobalOptions>();
    exitCode = await startReader({ api: options.api, story: options.story, timeout: options.timeout, web: options.web });
  });
  return { program, exitCode: () => exitCode };
}

/** Parses argv (without node and the script), runs, and answers the exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  startReader: (start: ReaderStart) => Promise<number>,
): Promise<number> {
  const { program, exitCode } = buildProgram(io, startReader);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not failures; commander has already printed its sentence.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    printError(io, toDossierError(error, "embedded").message);
    return EXIT.failed;
  }
}
