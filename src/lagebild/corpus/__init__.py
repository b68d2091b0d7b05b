"""The cross-article layer over a store: near-duplicates, entities, stories, queries, exports, batch runs."""
