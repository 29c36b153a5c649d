import type { Story } from "../schema/story";
import { lookupOf, type StoryLookup } from "./lookup";
import { overview, type Overview } from "./overview";
import { timeline, type TimelineEntry } from "./timeline";
import { network, type Network } from "./network";
import { claimsByStatus, type ClaimGroup } from "./claimsByStatus";
import { annotations, type Annotation } from "./annotations";
import { createStorySearch, type StorySearch } from "./search/index";

/** Every whole-story view, computed once when a story loads and kept with it. */
export interface DerivedStory {
  story: Story;
  overview: Overview;
  timeline: TimelineEntry[];
  network: Network;
  claimsByStatus: ClaimGroup[];
  annotations: Annotation[];
  search: StorySearch;
  /** Every atom by id, one map per collection. */
  lookup: StoryLookup;
}

export function deriveStory(story: Story): DerivedStory {
  return {
    story,
    overview: overview(story),
    timeline: timeline(story),
    network: network(story),
    claimsByStatus: claimsByStatus(story),
    annotations: annotations(story),
    search: createStorySearch(story),
    lookup: lookupOf(story),
  };
}
