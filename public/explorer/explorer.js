// khabar explorer: plain browser script, no build step. Talks only to the public GraphQL API at
// /graphql; cytoscape and Chart.js are loaded from this server (see src/server/explorer.routes.ts).
'use strict';

(function () {
  const $ = (selector) => document.querySelector(selector);

  /** Builds an element; text goes in as text nodes, so graph data can never become markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'onclick') node.addEventListener('click', v);
      else if (k === 'className') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const KIND_COLORS = {
    PERSON: '#e76f51',
    ORGANIZATION: '#2a9d8f',
    PLACE: '#457b9d',
    EVENT: '#e9b949',
    CLAIM: '#9b5de5',
    FIGURE: '#f15bb5',
    OFFICE: '#8d99ae',
    ARTICLE: '#adb5bd',
  };
  const ENTITY_KINDS = new Set(['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT']);
  const PALETTE = [
    '#457b9d',
    '#e76f51',
    '#2a9d8f',
    '#e9b949',
    '#9b5de5',
    '#f15bb5',
    '#8d99ae',
    '#264653',
    '#f4a261',
    '#6a994e',
  ];

  const pretty = (s) => (s ? s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ') : '');
  const shorten = (s, n = 34) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

  // ---- GraphQL ---------------------------------------------------------------------------------

  const KEY_STORE = 'khabar.apiKey';

  async function gql(query, variables) {
    const headers = { 'content-type': 'application/json' };
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) headers['x-api-key'] = key;
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    let body;
    try {
      body = await res.json();
    } catch {
      throw new Error(`GraphQL answered HTTP ${res.status}`);
    }
    if (body.errors && body.errors.length) {
      if (body.errors.some((e) => e.extensions && e.extensions.code === 'UNAUTHENTICATED'))
        $('#key-box').hidden = false;
      throw new Error(body.errors.map((e) => e.message).join('; '));
    }
    return body.data;
  }

  const Q = {
    summary: `{ graphSummary { people organizations places countries events claims figures articles lastEventStart } }`,
    search: `query Search($text: String!) { search(text: $text, first: 8) { edges { node { id name kind } } } }`,
    neighborhood: `query Neighborhood($id: ID!) {
      neighborhood(id: $id, depth: 1, limit: 40) {
        nodes { id label kind subtype } edges { id type source target role } reachable truncated } }`,
    entity: `query Entity($id: ID!) {
      entity(id: $id) {
        __typename id name aliases kind description
        sources { basis attribution evidence note article { id title publishedDate } }
        claimsAbout { id kind text date stances { stance quote actor { id name kind } } }
        ... on Person {
          positions { officeName startDate endDate asOf organization { id name kind } }
          participations { role event { id name dateLabel } }
          stances { stance quote via date claim { id text } } }
        ... on Organization {
          orgType
          officeHolders { officeName person { id name kind } }
          participations { role event { id name dateLabel } }
          stances { stance quote via date claim { id text } } }
        ... on Place {
          placeType countryCode parent { id name }
          participations { role event { id name dateLabel } }
          stances { stance quote via date claim { id text } } }
        ... on Event {
          eventType subType dateLabel datePrecision
          places { id name }
          partOf { id name }
          participants { role actor { id name kind } }
          figures { metric value low high approximation unit } }
      } }`,
    claim: `query Claim($id: ID!) {
      claim(id: $id) {
        id kind text date quotes
        stances { stance quote via actor { id name kind } }
        about { id name kind }
        figures { metric value low high approximation unit }
        sources { basis attribution evidence article { id title publishedDate } }
      } }`,
    timeline: `query Timeline($id: ID!) { timeline(id: $id, limit: 100) { dateLabel event { id name eventType } } }`,
    eventsOverTime: `query EventsOverTime($from: LocalDate!, $to: LocalDate!, $placeId: ID, $actorId: ID) {
      eventsOverTime(granularity: MONTH, from: $from, to: $to, groupBy: TYPE, placeId: $placeId, actorId: $actorId) {
        buckets { start } series { key label counts total impreciseTotal } total imprecise } }`,
    topActors: `{ topActors(by: EVENTS, limit: 8) { actor { id name kind } events connections } }`,
  };

  // ---- status --------------------------------------------------------------------------------------

  let pending = 0;
  function status(text, isError) {
    const s = $('#status');
    s.textContent = text || '';
    s.classList.toggle('error', Boolean(isError));
  }
  async function busy(promise) {
    pending++;
    status('Loading…');
    try {
      return await promise;
    } catch (err) {
      status(err.message, true);
      throw err;
    } finally {
      pending--;
      if (pending === 0 && !$('#status').classList.contains('error')) status('');
    }
  }

  // ---- graph ------------------------------------------------------------------------------------------

  const cy = cytoscape({
    container: $('#graph'),
    elements: [],
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => KIND_COLORS[n.data('kind')] || '#999',
          label: 'data(short)',
          'font-size': 10,
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': 110,
          'text-outline-color': '#fbfcfd',
          'text-outline-width': 2,
          width: 22,
          height: 22,
        },
      },
      { selector: 'node[kind = "EVENT"]', style: { shape: 'diamond', width: 26, height: 26 } },
      { selector: 'node[kind = "CLAIM"]', style: { shape: 'round-rectangle', width: 18, height: 14 } },
      { selector: 'node[kind = "FIGURE"]', style: { shape: 'triangle' } },
      { selector: 'node[kind = "OFFICE"]', style: { shape: 'hexagon' } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1d2733' } },
      {
        selector: 'node.selected',
        style: { 'border-width': 4, 'border-color': '#1f6feb', width: 34, height: 34, 'font-weight': 'bold' },
      },
      {
        selector: 'edge',
        style: {
          width: 1.3,
          'line-color': '#b8c1cc',
          'target-arrow-color': '#b8c1cc',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 7,
          color: '#6b7785',
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfd',
          'text-background-opacity': 1,
          'text-background-padding': 1,
        },
      },
    ],
  });

  function graphChanged() {
    const g = $('#graph');
    g.dataset.nodes = String(cy.nodes().length);
    g.dataset.edges = String(cy.edges().length);
    $('#graph-info').textContent = `${cy.nodes().length} nodes, ${cy.edges().length} edges. Click a node to expand it.`;
  }

  function relayout() {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 30,
      // Labels are long (event names); counting them keeps nodes from landing on each other's text.
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 20000,
      idealEdgeLength: () => 90,
      nodeOverlap: 20,
    }).run();
  }

  async function expand(id) {
    const data = await busy(gql(Q.neighborhood, { id }));
    const n = data.neighborhood;
    if (!n) {
      status(`No node with id ${id}`, true);
      return;
    }
    const origin = cy.getElementById(id).nonempty()
      ? cy.getElementById(id).position()
      : { x: cy.width() / 2, y: cy.height() / 2 };
    let i = 0;
    cy.batch(() => {
      for (const node of n.nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        const angle = (2 * Math.PI * i++) / Math.max(n.nodes.length, 1);
        cy.add({
          group: 'nodes',
          data: { id: node.id, label: node.label, short: shorten(node.label), kind: node.kind, subtype: node.subtype },
          position:
            node.id === id ? origin : { x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) },
        });
      }
      for (const e of n.edges) {
        if (cy.getElementById(e.id).nonempty()) continue;
        cy.add({
          group: 'edges',
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            type: e.role ? `${e.type} (${pretty(e.role)})` : e.type,
          },
        });
      }
    });
    cy.getElementById(id).addClass('expanded');
    relayout();
    graphChanged();
    if (n.truncated) status(`Showing ${n.nodes.length - 1} of ${n.reachable} neighbours`);
  }

  cy.on('tap', 'node', (evt) => {
    const node = evt.target;
    void select(node.id(), node.data('kind'));
  });

  $('#fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('#clear').addEventListener('click', () => {
    cy.elements().remove();
    graphChanged();
  });

  // ---- selection -------------------------------------------------------------------------------------

  async function select(id, kind) {
    cy.nodes('.selected').removeClass('selected');
    const tasks = [expand(id)];
    if (!kind || ENTITY_KINDS.has(kind)) tasks.push(showEntity(id), showTimeline(id));
    else if (kind === 'CLAIM') tasks.push(showClaim(id));
    else showPlain(id);
    await Promise.allSettled(tasks);
    cy.getElementById(id).addClass('selected');
  }

  const link = (entity) =>
    entity ? el('a', { onclick: () => void select(entity.id, entity.kind), title: entity.id }, entity.name) : null;

  /** Element.append would print null as "null": optional parts are left out here. */
  function fill(node, ...children) {
    node.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
  }

  function section(title, name, items) {
    if (!items || !items.length) return null;
    return el('section', { 'data-section': name }, el('h3', {}, title), el('ul', {}, items));
  }

  function sourceItems(sources) {
    return (sources || []).map((s) =>
      el(
        'li',
        { className: 'source' },
        el('b', {}, s.article.title),
        ` (${s.article.publishedDate})`,
        s.basis !== 'ARTICLE' ? ` — ${pretty(s.basis)}` : null,
        s.attribution ? el('span', { className: 'evidence' }, `Attribution: ${s.attribution}`) : null,
        s.evidence ? el('span', { className: 'evidence' }, `“${s.evidence}”`) : null,
        s.note ? el('span', { className: 'evidence' }, s.note) : null,
      ),
    );
  }

  function figureText(f) {
    const v =
      f.value ??
      (f.low !== null && f.high !== null
        ? `${f.low}–${f.high}`
        : f.low !== null
          ? `at least ${f.low}`
          : `at most ${f.high}`);
    return `${pretty(f.metric)}: ${v} ${f.unit}${f.approximation ? ` (“${f.approximation}”)` : ''}`;
  }

  async function showEntity(id) {
    const { entity: e } = await busy(gql(Q.entity, { id }));
    const panel = $('#panel');
    if (!e) {
      fill(panel, el('p', { className: 'muted' }, `Nothing found for ${id}.`));
      return;
    }
    panel.dataset.entityId = e.id;
    const subtitle = [e.orgType, e.placeType, e.eventType, e.subType].filter(Boolean).map(pretty).join(' · ');
    const roles = [
      ...(e.positions || []).map((p) =>
        el(
          'li',
          {},
          `${p.officeName} — `,
          link(p.organization),
          p.startDate ? ` since ${p.startDate}` : p.asOf ? ` (as of ${p.asOf})` : '',
        ),
      ),
      ...(e.officeHolders || []).map((p) => el('li', {}, `${p.officeName}: `, link(p.person))),
      ...(e.participations || []).map((p) =>
        el('li', {}, `${pretty(p.role)} in `, link({ ...p.event, kind: 'EVENT' }), ` (${p.event.dateLabel})`),
      ),
      ...(e.participants || []).map((p) => el('li', {}, link(p.actor), ` — ${pretty(p.role)}`)),
    ];
    const stances = e.stances || [];
    const quotes = [
      ...stances
        .filter((s) => s.quote)
        .map((s) =>
          el(
            'li',
            {},
            el('blockquote', {}, s.quote),
            s.via ? el('span', { className: 'muted small' }, `${s.via}, ${s.date || ''}`) : null,
          ),
        ),
      ...(e.kind === 'EVENT' || !e.stances
        ? (e.claimsAbout || []).flatMap((c) =>
            c.stances
              .filter((s) => s.quote)
              .map((s) => el('li', {}, el('blockquote', {}, s.quote), '— ', link(s.actor))),
          )
        : []),
    ];
    fill(
      panel,
      el('h2', {}, e.name),
      el(
        'p',
        {},
        el('span', { className: 'badge', 'data-kind': e.kind }, pretty(e.kind)),
        ' ',
        el('span', { className: 'muted' }, subtitle),
        e.dateLabel ? ` · ${e.dateLabel}` : '',
      ),
      e.aliases.length
        ? el(
            'p',
            { 'data-section': 'aliases' },
            el('span', { className: 'muted' }, 'Also known as: '),
            e.aliases.join(', '),
          )
        : null,
      e.description ? el('p', {}, e.description) : null,
      e.parent
        ? el('p', {}, el('span', { className: 'muted' }, 'Within: '), link({ ...e.parent, kind: 'PLACE' }))
        : null,
      e.partOf
        ? el('p', {}, el('span', { className: 'muted' }, 'Part of: '), link({ ...e.partOf, kind: 'EVENT' }))
        : null,
      e.places && e.places.length
        ? el(
            'p',
            {},
            el('span', { className: 'muted' }, 'Where: '),
            ...e.places.flatMap((p, i) => [i ? ', ' : '', link({ ...p, kind: 'PLACE' })]),
          )
        : null,
      section('Roles', 'roles', roles),
      section(
        'Claims made',
        'claims-made',
        stances.map((s) =>
          el(
            'li',
            {},
            el('b', {}, pretty(s.stance)),
            ' ',
            el('a', { onclick: () => void select(s.claim.id, 'CLAIM') }, s.claim.text),
          ),
        ),
      ),
      section('Quotes', 'quotes', quotes),
      section(
        'Claims about',
        'claims-about',
        (e.claimsAbout || []).map((c) =>
          el(
            'li',
            {},
            el('a', { onclick: () => void select(c.id, 'CLAIM') }, c.text),
            ' ',
            el(
              'span',
              { className: 'muted small' },
              c.stances.map((s) => `${s.actor.name} ${s.stance.toLowerCase()}`).join('; '),
            ),
          ),
        ),
      ),
      section(
        'Figures',
        'figures',
        (e.figures || []).map((f) => el('li', {}, figureText(f))),
      ),
      section('Sources', 'sources', sourceItems(e.sources)),
    );
    if (ENTITY_KINDS.has(e.kind) && e.kind !== 'EVENT') void loadEventsChart(e);
    watchEntity(e.id);
  }

  async function showClaim(id) {
    const { claim: c } = await busy(gql(Q.claim, { id }));
    const panel = $('#panel');
    if (!c) {
      fill(panel, el('p', { className: 'muted' }, `Nothing found for ${id}.`));
      return;
    }
    panel.dataset.entityId = c.id;
    fill(
      panel,
      el('h2', {}, c.text),
      el(
        'p',
        {},
        el('span', { className: 'badge', 'data-kind': 'CLAIM' }, pretty(c.kind)),
        c.date ? ` · ${c.date}` : '',
      ),
      section(
        'Stances',
        'stances',
        c.stances.map((s) =>
          el(
            'li',
            {},
            link(s.actor),
            ` ${s.stance.toLowerCase()}`,
            s.via ? ` (${s.via})` : '',
            s.quote ? el('blockquote', {}, s.quote) : null,
          ),
        ),
      ),
      section(
        'About',
        'about',
        c.about.map((a) => el('li', {}, link(a))),
      ),
      section(
        'Figures',
        'figures',
        c.figures.map((f) => el('li', {}, figureText(f))),
      ),
      section('Sources', 'sources', sourceItems(c.sources)),
    );
  }

  function showPlain(id) {
    const node = cy.getElementById(id);
    const panel = $('#panel');
    panel.replaceChildren(
      el('h2', {}, node.data('label') || id),
      el('p', {}, el('span', { className: 'badge', 'data-kind': node.data('kind') }, pretty(node.data('kind')))),
    );
    panel.dataset.entityId = id;
  }

  async function showTimeline(id) {
    const { timeline } = await busy(gql(Q.timeline, { id }));
    const list = $('#timeline');
    const name = cy.getElementById(id).data('label');
    $('#timeline-title').textContent = name ? `— ${name}` : '';
    list.replaceChildren(
      ...(timeline.length
        ? timeline.map((t) =>
            el(
              'li',
              {},
              el('time', {}, t.dateLabel),
              el('a', { onclick: () => void select(t.event.id, 'EVENT') }, t.event.name),
            ),
          )
        : [el('li', { className: 'muted' }, 'No events.')]),
    );
  }

  // ---- search ------------------------------------------------------------------------------------------

  const input = $('#search');
  const box = $('#suggestions');
  let suggestions = [];
  let active = -1;
  let searchSeq = 0;
  let timer;

  function renderSuggestions() {
    box.replaceChildren(
      ...suggestions.map((s, i) =>
        el(
          'li',
          { role: 'option', id: `suggestion-${i}`, 'aria-selected': i === active ? 'true' : 'false', 'data-id': s.id },
          el('span', {}, s.name),
          el('span', { className: 'badge', 'data-kind': s.kind }, pretty(s.kind)),
        ),
      ),
    );
    box.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!box.hidden));
  }

  async function suggest(text) {
    const seq = ++searchSeq;
    if (text.trim().length < 2) {
      suggestions = [];
      renderSuggestions();
      return;
    }
    const data = await busy(gql(Q.search, { text }));
    if (seq !== searchSeq) return; // a newer keystroke already asked
    suggestions = data.search.edges.map((e) => e.node);
    active = suggestions.length ? 0 : -1;
    renderSuggestions();
  }

  function choose(s) {
    if (!s) return;
    input.value = s.name;
    suggestions = [];
    renderSuggestions();
    void select(s.id, s.kind);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(input.value).catch(() => {}), 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!suggestions.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length;
      renderSuggestions();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      choose(suggestions[active] || suggestions[0]);
    } else if (ev.key === 'Escape') {
      suggestions = [];
      renderSuggestions();
    }
  });
  box.addEventListener('mousedown', (ev) => {
    const li = ev.target.closest('li[data-id]');
    if (!li) return;
    ev.preventDefault();
    choose(suggestions.find((s) => s.id === li.dataset.id));
  });
  input.addEventListener('blur', () =>
    setTimeout(() => ((box.hidden = true), input.setAttribute('aria-expanded', 'false')), 150),
  );

  $('#api-key').addEventListener('change', (ev) => {
    sessionStorage.setItem(KEY_STORE, ev.target.value.trim());
    void init();
  });

  // ---- charts ------------------------------------------------------------------------------------------

  let eventsChart;
  let actorsChart;
  let chartYear = String(new Date().getFullYear());
  let chartEntity = null;

  async function loadEventsChart(entity) {
    chartEntity = entity;
    const filter = {};
    if (entity && entity.kind === 'PLACE') filter.placeId = entity.id;
    else if (entity && ENTITY_KINDS.has(entity.kind)) filter.actorId = entity.id;
    const { eventsOverTime: r } = await busy(
      gql(Q.eventsOverTime, { from: `${chartYear}-01-01`, to: `${chartYear}-12-31`, ...filter }),
    );
    const labels = r.buckets.map((b) =>
      new Date(`${b.start}T00:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' }),
    );
    const datasets = r.series.map((s, i) => ({
      label: pretty(s.label),
      data: s.counts,
      backgroundColor: PALETTE[i % PALETTE.length],
      stack: 'events',
    }));
    $('#events-chart-title').textContent = `Events per month, ${chartYear}${entity ? ` — ${entity.name}` : ''}`;
    $('#events-chart-note').textContent =
      `${r.total} events placed by start month.` +
      (r.imprecise ? ` ${r.imprecise} more known only to the year are not placed in a month.` : '');
    if (!eventsChart) {
      eventsChart = new Chart($('#events-chart'), {
        type: 'bar',
        data: { labels, datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } } },
        },
      });
    } else {
      eventsChart.data.labels = labels;
      eventsChart.data.datasets = datasets;
      eventsChart.update();
    }
  }

  async function loadActorsChart() {
    const { topActors } = await busy(gql(Q.topActors));
    const config = {
      type: 'bar',
      data: {
        labels: topActors.map((a) => a.actor.name),
        datasets: [
          {
            label: 'Events',
            data: topActors.map((a) => a.events),
            backgroundColor: topActors.map((a) => KIND_COLORS[a.actor.kind]),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
        onClick: (_ev, items) => {
          const hit = items[0] && topActors[items[0].index];
          if (hit) void select(hit.actor.id, hit.actor.kind);
        },
      },
    };
    if (actorsChart) actorsChart.destroy();
    actorsChart = new Chart($('#actors-chart'), config);
  }

  // ---- start ---------------------------------------------------------------------------------------------

  async function loadSummary() {
    const { graphSummary: s } = await busy(gql(Q.summary));
    if (s.lastEventStart) chartYear = s.lastEventStart.slice(0, 4);
    $('#summary').replaceChildren(
      ...[
        ['people', s.people],
        ['organizations', s.organizations],
        ['places', s.places],
        ['events', s.events],
        ['claims', s.claims],
        ['figures', s.figures],
        ['articles', s.articles],
      ].map(([label, n]) => el('span', { 'data-count': label }, el('b', {}, n), ` ${label}`)),
    );
  }

  async function init() {
    try {
      await loadSummary();
      $('#key-box').hidden = true;
      await Promise.all([loadEventsChart(null), loadActorsChart()]);
    } catch {
      // status() already shows the error; the search box still works once a key is given.
    }
    connectLive();
  }

  // ---- live updates --------------------------------------------------------------------------------------
  // Subscriptions over WebSocket on /graphql (graphql-ws's browser build, served from node_modules): a new
  // article refreshes the summary and charts, a change to the entity on show reads it again. Nothing polls.

  let live = null;
  let watched = null;
  let refreshTimer;
  let ingested = 0;

  function setLive(on) {
    const badge = $('#live');
    badge.dataset.state = on ? 'on' : 'off';
    badge.textContent = on ? '● live' : '○ not live';
    badge.title = on ? 'Updates arrive as they are written' : 'Not receiving updates; reload to try again';
  }

  function connectLive() {
    if (!window.graphqlWs) return;
    if (live) void live.dispose();
    watched = null;
    const key = sessionStorage.getItem(KEY_STORE);
    live = window.graphqlWs.createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      connectionParams: key ? { 'x-api-key': key } : {},
      retryAttempts: 10,
      on: { connected: () => setLive(true), closed: () => setLive(false) },
    });
    live.subscribe(
      { query: 'subscription { articleIngested { articleId } }' },
      {
        next: () => {
          ingested++;
          $('#live').dataset.ingested = String(ingested);
          // A bulk load sends many in a row: one refresh after they stop.
          clearTimeout(refreshTimer);
          refreshTimer = setTimeout(() => void refreshOverview(), 300);
        },
        error: () => setLive(false),
        complete: () => {},
      },
    );
    const shown = $('#panel').dataset.entityId;
    if (shown) watchEntity(shown);
  }

  function watchEntity(id) {
    if (!live || (watched && watched.id === id)) return;
    if (watched) watched.dispose();
    const dispose = live.subscribe(
      { query: 'subscription($id: ID) { entityChanged(id: $id) { entityId change } }', variables: { id } },
      {
        next: () => {
          if ($('#panel').dataset.entityId !== id) return;
          void showEntity(id);
          void showTimeline(id);
        },
        error: () => {},
        complete: () => {},
      },
    );
    watched = { id, dispose };
  }

  async function refreshOverview() {
    try {
      await loadSummary();
      await Promise.all([loadEventsChart(chartEntity), loadActorsChart()]);
    } catch {
      // status() shows the error.
    }
  }

  window.khabarExplorer = { cy, select, expand };
  graphChanged();
  void init();
})();
