/**
 * The URL owns view state: every page reads its search parameters through this folder, and nothing else parses them.
 * One module per view (data-view: the records table and /api/data; compare: /jamfor; embed: the embed routes;
 * indicator: /indikatorer/[id]; overview: /; search: /sok; my-region: ?min on every page), shared readers in
 * params.ts. Each parses into typed state with defaults, never throws, and serialises back with defaults left out.
 */
export * from "./params";
export * from "./data-view";
export * from "./compare";
export * from "./embed";
export * from "./indicator";
export * from "./overview";
export * from "./search";
