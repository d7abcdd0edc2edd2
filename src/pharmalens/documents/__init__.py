"""From bytes to articles: decoding, boilerplate, splitting, line repair, language, date, relevance."""
