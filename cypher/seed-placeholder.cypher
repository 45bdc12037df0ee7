// seed-placeholder
// A tiny seed until the curated article bundles land: two people from the Istanbul talks article.
// Parameters: none
// Returns: none
MERGE (a:Entity:Actor:Person {id: 'person:khawaja-muhammad-asif'})
  ON CREATE SET a.name = 'Khawaja Muhammad Asif', a.aliases = ['Khawaja Asif'], a.kind = 'PERSON'
MERGE (b:Entity:Actor:Person {id: 'person:mohammad-yaqoob-mujahid'})
  ON CREATE SET b.name = 'Mohammad Yaqoob Mujahid', b.aliases = ['Mullah Mohammad Yaqoob Mujahid', 'Mullah Yaqoob'], b.kind = 'PERSON'
