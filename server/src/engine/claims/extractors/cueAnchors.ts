import { NUMBER_ANCHORS } from '../../entities/numbers';

// The rare cues that extractors look for near their anchor words ("itself", "which", "so called",
// an "in" before a place statistic). They join the number recognisers' group: the entities and the
// claims read the same tokens, so one pass over them finds every set's anchors (a pass of its own
// cost as much again as the look-ups it makes).
export const RARE_CUE_ANCHORS = NUMBER_ANCHORS;
