import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/core/paths';
import { exampleOperations, graphiqlPage } from '../../src/http/graphiql.routes';

// The GraphiQL page khabar serves: the examples of docs/examples.graphql, one tab each with its comment,
// inlined as JSON that cannot close its script element, and no file from another host.

const source = fs.readFileSync(path.join(ROOT, 'docs', 'examples.graphql'), 'utf8');
const names = parse(source)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
  .map((d) => d.name?.value);

describe('GraphiQL page', () => {
  it('has one tab per example operation, in file order, each a document of its own with its comment', () => {
    const tabs = exampleOperations(source);
    expect(tabs.map((t) => t.name)).toEqual(names);
    for (const tab of tabs) {
      const doc = parse(tab.text);
      expect(doc.definitions, tab.name).toHaveLength(1);
    }
    const doha = tabs.find((t) => t.name === 'WhoMediatedDoha')!;
    expect(doha.text.startsWith('# Who mediated the Doha ceasefire?\nquery WhoMediatedDoha {')).toBe(true);
    // The file's header comment belongs to no operation.
    expect(tabs.some((t) => t.text.includes('Working examples of every root query'))).toBe(false);
  });

  it('inlines the examples safely and loads everything from this server', () => {
    const html = graphiqlPage();
    expect(html).not.toContain('__KHABAR_EXAMPLES__');
    const json = /<script type="application\/json" id="khabar-examples">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as unknown[]).length).toBe(names.length);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
