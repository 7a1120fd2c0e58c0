import { AnchorGroup } from '../../text/anchoredMatches';

// The rare cues that extractors look for near their anchor words ("itself", "which", "so called",
// an "in" before a place statistic): one group, so the tokens are read once for all of them.
export const RARE_CUE_ANCHORS = new AnchorGroup();
