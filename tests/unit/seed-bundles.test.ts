import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsupportedEvidence } from '../../src/engine/bundle/bundle.evidence';
import { validateBundle } from '../../src/engine/bundle/bundle.validator';
import { paths } from '../../src/core/paths';
import { seedBundleFiles } from '../../src/engine/seed/seed.service';

describe('the curated seed bundles', () => {
  it('are one per article text in data/articles and validate, every excerpt and quote verbatim in its article', () => {
    const files = seedBundleFiles();
    expect(files.map((f) => path.basename(f, '.json')).sort()).toEqual(
      fs
        .readdirSync(paths.articles)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.basename(f, '.txt'))
        .sort(),
    );
    for (const file of files) {
      const { bundle } = validateBundle(JSON.parse(fs.readFileSync(file, 'utf8')));
      expect(findUnsupportedEvidence(bundle, path.dirname(file)), file).toEqual([]);
    }
  });
});
