import type { Story } from "../schema/story.js";
import { lookupOf, type StoryLookup } from "./lookup.js";
import { overview, type Overview } from "./overview.js";
import { timeline, type TimelineEntry } from "./timeline.js";
import { network, type Network } from "./network.js";
import { claimsByStatus, type ClaimGroup } from "./claimsByStatus.js";
import { annotations, type Annotation } from "./annotations.js";
import { createStorySearch, type StorySearch } from "./search/index.js";

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
