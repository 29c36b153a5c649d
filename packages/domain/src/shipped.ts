// `@dossier/domain/shipped`: the stories shipped with the package, for code that is bundled
// (the web app, the terminal's bin, the server). No file system: the data comes in as modules.
import { SHIPPED_STORY_FILES } from "../stories/index";
import { openCatalog, type Catalog } from "./load/openStory";

let shipped: Catalog | undefined;

/** The shipped stories, proven on first use exactly as the catalog proves a folder. */
export function shippedCatalog(): Catalog {
  shipped ??= openCatalog(SHIPPED_STORY_FILES);
  return shipped;
}
