/**
 * Everything the header search needs in the browser, in one module that the search box imports on first focus
 * (with the index), so it is not part of any page's first-load JavaScript.
 */
export { indexFromWire } from "./search-index";
export { search, groupHits } from "./rank";
export { invertedOf } from "./inverted";
export { hitHref, hitName, hitContext, kindHeading, namesFrom, nameIsSwedish } from "./present";
