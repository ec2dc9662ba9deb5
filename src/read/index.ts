// Public face of the read step: inputs → files → articles.
export { expandInputs, inputBytes, isSupported, SUPPORTED_EXTENSIONS } from "./expand-inputs.js";
export { readArticles } from "./read-articles.js";
export { preloadReader, readArticlesAhead, type AheadOutcome, type PrepareModule } from "./read-ahead.js";
export { parseArticleText, ArticleError } from "./parse-article.js";
export { MAX_ARTICLE_BYTES } from "../config.js";
