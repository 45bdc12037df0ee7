import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../../core/paths';
import type { Logger } from '../../core/logger';
import type { Database } from '../../db/database';
import { IngestService, type IngestReport } from '../ingest/ingest.service';
import { articleFileOf, readArticleFile } from '../bundle/bundle.evidence';
import { writeMentions } from '../mention/mention.writer';

const SEED_DIR = paths.articles;

/** The curated article bundles, in file-name (date) order. */
export function seedBundleFiles(dir = SEED_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Ingests every seed bundle through the same engine users call. */
export async function seed(db: Database, log?: Logger, dir = SEED_DIR): Promise<IngestReport[]> {
  const ingest = new IngestService(db);
  const at = { by: 'system:seed', now: new Date().toISOString() };
  const reports: IngestReport[] = [];
  const texts: { articleId: string; text: string }[] = [];
  for (const file of seedBundleFiles(dir)) {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Each bundle's article text lies beside it (article.file): the article is also known by its text
    // hash, and its mentions of known entities are linked.
    const articleFile = articleFileOf(raw);
    const text = articleFile ? readArticleFile(articleFile, dir) : null;
    if (text === null) throw new Error(`${file}: its article text (article.file) is missing beside it`);
    // Mentions are linked once every bundle is in, so each article sees every seed entity and a
    // second seed run finds nothing new to link.
    const report = await ingest.ingest(raw, { by: at.by, text, withMentions: false });
    texts.push({ articleId: report.article.id, text });
    log?.info(
      { file: path.basename(file), created: report.created, matched: report.matched.length },
      'seed bundle ingested',
    );
    reports.push(report);
  }
  for (const { articleId, text } of texts) {
    const linked = await db.writeTx((tx) => writeMentions(tx, articleId, text, at));
    log?.info(
      { articleId, mentions: linked.mentions.length, unmatched: linked.candidates.length },
      'seed mentions linked',
    );
  }
  return reports;
}

/** Loads the seed only into an empty graph, so a restart never touches edited data. */
export async function seedIfEmpty(db: Database, log: Logger): Promise<boolean> {
  const [counts] = await db.read('count-content', {});
  if (counts && counts.entities + counts.articles > 0) {
    log.info(counts, 'graph not empty: seed skipped');
    return false;
  }
  await seed(db, log);
  return true;
}
