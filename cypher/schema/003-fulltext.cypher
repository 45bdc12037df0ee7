// Full-text (Lucene) indexes. standard-folding folds diacritics (Türkiye = Turkiye) and case; nameKeys
// hold normalised forms without honorifics, so "Mullah Yaqoob" and "Yaqoob" both hit. Not eventually
// consistent: a search right after a write sees it.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Place|Event) ON EACH [n.name, n.aliases, n.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.quotes] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
// Offices by name and alias ("Defence Minister", "CM Balochistan"): search finds their holders through them.
CREATE FULLTEXT INDEX office_names IF NOT EXISTS FOR (n:Office) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
