/** Posts of rank 7 (係長) and above approve attendance; an overtime limit excess needs rank 5 (課長) or above. */
export const APPROVING_RANK = 7;
export const EXCESS_APPROVING_RANK = 5;
