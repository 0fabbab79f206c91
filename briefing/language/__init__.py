"""The language layer: sentences, words, entities and actors, dates. Works with no nltk data."""
