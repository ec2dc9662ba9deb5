// Fixed palettes so a type keeps its colour across sessions and in the legend.
export const ENTITY_COLORS: Record<string, string> = {
  Person: "#e4572e",
  Country: "#2e86ab",
  Organization: "#7b4ea3",
  Place: "#3c9d5d",
};

export const RELATION_COLORS: Record<string, string> = {
  MET: "#f29e4c",
  VISITED: "#4c9ff2",
  SIGNED_AGREEMENT: "#2bb673",
  SENT_TROOPS_TO: "#d7263d",
  SUPPLIED_ARMS_TO: "#8e2c48",
  SUPPORTS: "#6c8ead",
  AFFILIATED_WITH: "#9a9a9a",
};

const COMMUNITY = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#637939",
];

export function communityColor(c: number): string {
  return COMMUNITY[c % COMMUNITY.length];
}

export const DIM_NODE = "#e6e6e6";
export const DIM_EDGE = "#f0f0f0";
