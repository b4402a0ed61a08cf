(function () {
  'use strict';
  var startedMillis = performance.now();
  var data = JSON.parse(document.getElementById('ficus-data').textContent);
  var SERVICES = data.services.length;
  var EXPAND_ALL_UP_TO = 400; // types drawn at first; bigger analyses open at the service level
  var OUT = '#e4572e', IN = '#1f78c8', EDGE = '#aab4bf';
  var members = data.groups.map(function () { return []; });
  data.types.forEach(function (t, i) { members[t.group].push(i); });
  var expanded = {};
  if (data.types.length <= EXPAND_ALL_UP_TO) { data.groups.forEach(function (g, i) { expanded[i] = true; }); }
  var selected = null;

  function html(tag, text, parent, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function list(parent, items, empty, cls) {
    if (!items.length) { html('p', empty, parent, 'hint'); return null; }
    var ul = html('ul', null, parent);
    items.forEach(function (item) { html('li', item, ul, cls); });
    return ul;
  }
  function simple(name) { return name.substring(name.lastIndexOf('.') + 1); }
  // Golden-angle hues with three lightness steps keep 55 services apart; groups that are no service are grey.
  function color(g) {
    if (g >= SERVICES) { return '#8a94a0'; }
    return 'hsl(' + ((g * 137.508) % 360).toFixed(1) + ', 68%, ' + [42, 33, 52][g % 3] + '%)';
  }
  function fixed(value, digits) { return Number(value).toFixed(digits); }

  // Seeded random numbers for the layout, so the same report draws the same picture.
  function seeded(seed) {
    return function () {
      seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function withSeed(run) {
    var random = Math.random;
    Math.random = seeded(42);
    try { run(); } finally { Math.random = random; }
  }

  var measure = document.createElement('canvas').getContext('2d');
  measure.font = '600 14px system-ui, sans-serif';

  // ---- elements: a type is drawn when its group is expanded, else its group stands for it
  function visible(i) { var g = data.types[i].group; return expanded[g] ? 't' + i : 'g' + g; }
  function elements() {
    var nodes = [], edges = {}, list = [];
    data.groups.forEach(function (name, g) {
      var n = members[g].length;
      var label = name + ' (' + n + ')';
      var side = 26 + 4 * Math.sqrt(n);
      nodes.push({ group: 'nodes', data: { id: 'g' + g, g: g, label: label, color: color(g),
        w: Math.max(side, measure.measureText(label).width + 18), h: side }, classes: 'service' });
      if (expanded[g]) {
        members[g].forEach(function (i) {
          nodes.push({ group: 'nodes', data: { id: 't' + i, t: i, parent: 'g' + g, label: simple(data.types[i].name),
            color: color(g) }, classes: 'type' });
        });
      }
    });
    data.edges.forEach(function (e) {
      var s = visible(e[0]), t = visible(e[1]);
      if (s === t) { return; }
      var key = s + '>' + t;
      var edge = edges[key] || (edges[key] = { s: s, t: t, weight: 0, count: 0 });
      edge.weight += e[2]; edge.count++;
    });
    var max = 0;
    Object.keys(edges).forEach(function (k) { max = Math.max(max, edges[k].weight); });
    Object.keys(edges).forEach(function (k) {
      var e = edges[k];
      list.push({ group: 'edges', data: { id: 'e' + k, source: e.s, target: e.t, weight: e.weight,
        label: fixed(e.weight, 1) + (e.count > 1 ? ' · ' + e.count + ' deps' : ''),
        w: 1 + 6 * Math.sqrt(e.weight / (max || 1)) } });
    });
    return nodes.concat(list);
  }

  var style = [
    { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'color': '#1d2733',
      'text-valign': 'bottom', 'text-margin-y': 2, 'min-zoomed-font-size': 7, 'background-color': 'data(color)',
      'width': 12, 'height': 12 } },
    { selector: 'node.service', style: { 'shape': 'round-rectangle', 'width': 'data(w)', 'height': 'data(h)',
      'font-size': 14, 'font-weight': 600, 'text-valign': 'center', 'text-margin-y': 0, 'color': '#fff',
      'text-outline-color': 'data(color)', 'text-outline-width': 2, 'min-zoomed-font-size': 0,
      'border-width': 2, 'border-color': '#ffffff' } },
    { selector: 'node.service:parent', style: { 'background-opacity': 0.07, 'border-color': 'data(color)',
      'border-width': 2, 'text-valign': 'top', 'text-margin-y': -4, 'color': 'data(color)', 'text-outline-width': 0,
      'padding': 14 } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'width': 'data(w)', 'line-color': EDGE,
      'target-arrow-color': EDGE, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'opacity': 0.6 } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: 'edge.faded', style: { 'opacity': 0.05 } },
    { selector: 'edge.outgoing', style: { 'line-color': OUT, 'target-arrow-color': OUT, 'opacity': 1, 'z-index': 9,
      'label': 'data(label)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.85,
      'text-rotation': 'autorotate' } },
    { selector: 'edge.incoming', style: { 'line-color': IN, 'target-arrow-color': IN, 'opacity': 1, 'z-index': 9,
      'label': 'data(label)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.85,
      'text-rotation': 'autorotate' } },
    { selector: 'edge.inside', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'opacity': 0.8 } },
    { selector: 'edge.quiet', style: { 'label': '' } },
    { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#111', 'z-index': 10 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#f5b700' } },
    { selector: 'node.holds', style: { 'border-width': 5, 'border-color': '#111' } }
  ];

  var cy = cytoscape({ container: document.getElementById('graph'), elements: elements(), style: style,
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3, boxSelectionEnabled: false });

  var timing = {};
  function layout(randomize) {
    timing.from = performance.now();
    withSeed(function () {
      cy.layout({ name: 'fcose', quality: 'default', randomize: randomize, animate: false, fit: false,
        nodeDimensionsIncludeLabels: true, packComponents: true, nodeRepulsion: 4500, idealEdgeLength: 50,
        edgeElasticity: 0.45, nestingFactor: 0.1, gravity: 0.4, numIter: 1000, tile: true, nodeSeparation: 40,
        tilingPaddingVertical: 20, tilingPaddingHorizontal: 20 }).run();
    });
    timing.fcose = performance.now() - timing.from;
    separate(cy.nodes().orphans());
    timing.separate = performance.now() - timing.from - timing.fcose;
    cy.fit(undefined, 30);
  }

  // fCoSE keeps nodes apart but lets labels touch: push overlapping top-level boxes apart along the shorter side.
  // Boxes are measured once and shifted arithmetically; the nodes move once at the end.
  function separate(nodes) {
    var gap = 10;
    var boxes = nodes.map(function (n) {
      var b = n.boundingBox({ includeLabels: true });
      return { x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2, dx: 0, dy: 0 };
    });
    function shift(box, dx, dy) { box.x1 += dx; box.x2 += dx; box.y1 += dy; box.y2 += dy; box.dx += dx; box.dy += dy; }
    for (var round = 0; round < 200; round++) {
      var moved = false;
      for (var a = 0; a < boxes.length; a++) {
        for (var b = a + 1; b < boxes.length; b++) {
          var p = boxes[a], q = boxes[b];
          var dx = Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) + gap;
          var dy = Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) + gap;
          if (dx <= 0 || dy <= 0) { continue; }
          if (dx < dy) {
            var sx = (p.x1 + p.x2) <= (q.x1 + q.x2) ? dx / 2 : -dx / 2;
            shift(q, sx, 0); shift(p, -sx, 0);
          } else {
            var sy = (p.y1 + p.y2) <= (q.y1 + q.y2) ? dy / 2 : -dy / 2;
            shift(q, 0, sy); shift(p, 0, -sy);
          }
          moved = true;
        }
      }
      if (!moved) { break; }
    }
    nodes.forEach(function (n, i) { if (boxes[i].dx || boxes[i].dy) { move(n, boxes[i].dx, boxes[i].dy); } });
  }
  function move(node, dx, dy) {
    var targets = node.isParent() ? node.descendants() : node;
    targets.positions(function (n) { var p = n.position(); return { x: p.x + dx, y: p.y + dy }; });
  }

  // ---- highlighting: outgoing edges orange, incoming blue, everything else faded
  function highlight(node) {
    cy.elements().removeClass('faded outgoing incoming inside quiet');
    if (!node) { return; }
    var own = node.union(node.descendants());
    var edges = own.connectedEdges();
    edges.forEach(function (e) {
      var from = own.contains(e.source()), to = own.contains(e.target());
      e.addClass(from && to ? 'inside' : from ? 'outgoing' : 'incoming');
    });
    if (edges.length > 30) { edges.addClass('quiet'); } // weights on dozens of edges would hide the picture
    var keep = own.union(edges).union(edges.connectedNodes());
    keep = keep.union(keep.parents());
    cy.elements().difference(keep).addClass('faded');
  }
  cy.on('mouseover', 'node', function (event) { if (!selected) { highlight(event.target); } });
  cy.on('mouseout', 'node', function () { if (!selected) { highlight(null); } });
  cy.on('tap', 'node', function (event) { choose(event.target); });
  cy.on('tap', function (event) { if (event.target === cy) { choose(null); } });
  cy.on('dbltap', 'node.service', function (event) { toggle(event.target.data('g')); });

  function choose(node) {
    cy.nodes().removeClass('chosen');
    selected = node;
    highlight(node);
    if (!node) { holds(null); return; }
    node.addClass('chosen');
    if (node.hasClass('service')) { showService(node.data('g')); } else { showType(node.data('t')); }
  }

  function toggle(g) {
    expanded[g] = !expanded[g];
    redraw(false);
    var node = cy.getElementById('g' + g);
    choose(node);
    var own = node.union(node.descendants());
    cy.animate({ fit: { eles: own.union(own.connectedEdges().connectedNodes()), padding: 40 }, duration: 250 });
  }

  function redraw(randomize) {
    var keep = {};
    cy.nodes('.service').forEach(function (n) { keep[n.id()] = n.position(); });
    cy.elements().remove();
    cy.add(elements());
    cy.nodes().forEach(function (n) {
      var at = keep[n.data('parent') || n.id()];
      if (at) { n.position({ x: at.x + (Math.random() - 0.5) * 40, y: at.y + (Math.random() - 0.5) * 40 }); }
    });
    layout(randomize);
    selected = null;
  }

  // ---- the side panel
  var details = document.getElementById('details');
  function figures(rows) {
    var table = html('table', null, details, 'figures');
    rows.forEach(function (r) {
      var tr = html('tr', null, table);
      html('td', r[0], tr); html('td', r[1], tr, 'num');
    });
    return table;
  }
  // c = [from type, to type, to group, from group, calls, weight]; other = the index of the group on the far side
  function crossings(title, id, items, omitted, cls, other) {
    html('h3', title + ' (' + (items.length + omitted) + ')', details);
    var ul = list(details, items.map(function (c) {
      return data.types[c[0]].name + ' → ' + data.types[c[1]].name + ' (' + data.groups[c[other]]
          + (c[4] ? ', ' + c[4] + ' calls' : '') + ', weight ' + fixed(c[5], 1) + ')';
    }), 'none', cls);
    if (ul) { ul.id = id; }
    if (omitted) { html('p', '… and ' + omitted + ' more', details, 'hint'); }
  }
  function showService(g) {
    var service = data.services[g];
    details.textContent = '';
    var title = html('h2', data.groups[g], details);
    title.id = 'service-name';
    title.style.color = color(g);
    var button = html('button', expanded[g] ? 'Hide its classes' : 'Show its classes', details, 'action');
    button.type = 'button';
    button.addEventListener('click', function () { toggle(g); });
    if (service) {
      var m = service.metrics;
      figures([['types', m.types], ['lines of code', m.loc], ['calls in (from other services)', m.callsIn],
        ['calls out (to other services)', m.callsOut], ['types others depend on', m.interfaceTypes],
        ['cohesion', fixed(m.cohesion, 3)], ['coupling', fixed(m.coupling, 3)]]).id = 'service-metrics';
    }
    html('h3', 'Types', details);
    var types = html('ul', null, details);
    types.id = 'service-types';
    members[g].forEach(function (i) { html('li', data.types[i].name, types); });
    if (!service) { holds(g); return; }
    html('h3', 'Entry points', details);
    list(details, service.entryPoints.map(function (e) { return e.kind + ' ' + e.detail + ' — ' + e.type; }), 'none');
    html('h3', 'Tables', details);
    list(details, service.tables.map(function (t) {
      return data.sharedTables.some(function (s) { return s.table === t; }) ? t + ' (shared)' : t;
    }), 'none');
    crossings('Incoming: other services depend on it', 'incoming', service.incoming, service.incomingOmitted, 'in',
        3);
    crossings('Outgoing: it depends on other services', 'outgoing', service.outgoing, service.outgoingOmitted, 'out',
        2);
    holds(g);
  }

  var adjacency = null;
  function neighbours(i) {
    if (!adjacency) {
      adjacency = data.types.map(function () { return []; });
      data.edges.forEach(function (e) {
        adjacency[e[0]].push({ other: e[1], weight: e[2], dir: 'out' });
        adjacency[e[1]].push({ other: e[0], weight: e[2], dir: 'in' });
      });
    }
    return adjacency[i].slice().sort(function (a, b) { return b.weight - a.weight; });
  }
  function showType(i) {
    var t = data.types[i];
    details.textContent = '';
    html('h2', simple(t.name), details).id = 'type-name';
    html('p', t.name + ' · ' + t.kind + ', ' + t.loc + ' lines · in ' + data.groups[t.group], details, 'hint');
    html('h3', 'Why here', details);
    html('p', t.why, details, 'why').id = 'why';
    html('h3', 'Pull of each group (dependency weight both ways)', details);
    var pull = html('div', null, details, 'pull');
    pull.id = 'pull';
    var max = t.pull.length ? t.pull[0][1] : 1;
    t.pull.forEach(function (p) {
      html('span', data.groups[p[0]], pull, p[0] === t.group ? 'own' : '');
      var bar = html('span', null, pull, 'bar');
      bar.style.width = Math.max(2, 100 * p[1] / max) + '%';
      bar.style.background = color(p[0]);
      html('span', fixed(p[1], 1), pull, 'num');
    });
    if (!t.pull.length) { html('p', 'no dependencies in either direction', details, 'hint'); }
    html('h3', 'Strongest dependencies', details);
    list(details, neighbours(i).slice(0, 10).map(function (n) {
      var other = data.types[n.other];
      return (n.dir === 'out' ? '→ ' : '← ') + simple(other.name) + ' (' + data.groups[other.group] + ', '
          + fixed(n.weight, 1) + ')';
    }), 'none');
    html('h3', 'Entry points', details);
    list(details, t.entryPoints, 'none');
    html('h3', 'Tables', details);
    list(details, t.tables, 'none');
    holds(t.group);
  }

  // ---- search
  var search = document.getElementById('search'), results = document.getElementById('search-results');
  function find(query) {
    var q = query.trim().toLowerCase(), found = [];
    if (!q) { return found; }
    data.groups.forEach(function (name, g) {
      if (name.toLowerCase().indexOf(q) >= 0) { found.push({ g: g, label: name, sub: 'service' }); }
    });
    for (var i = 0; i < data.types.length && found.length < 30; i++) {
      if (data.types[i].name.toLowerCase().indexOf(q) >= 0) {
        found.push({ t: i, label: simple(data.types[i].name), sub: data.types[i].name });
      }
    }
    return found;
  }
  function go(hit) {
    results.textContent = '';
    if (hit.t !== undefined) {
      var g = data.types[hit.t].group;
      if (!expanded[g]) { expanded[g] = true; redraw(false); }
      var node = cy.getElementById('t' + hit.t);
      choose(node);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2), duration: 250 });
    } else {
      choose(cy.getElementById('g' + hit.g));
    }
  }
  search.addEventListener('input', function () {
    results.textContent = '';
    cy.nodes().removeClass('match');
    var hits = find(search.value);
    hits.forEach(function (hit) {
      var li = html('li', hit.label + ' ', results);
      html('small', hit.sub, li);
      li.addEventListener('click', function () { go(hit); });
      cy.getElementById(hit.t !== undefined ? 't' + hit.t : 'g' + hit.g).addClass('match');
    });
  });
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { var hits = find(search.value); if (hits.length) { go(hits[0]); } }
    if (event.key === 'Escape') { search.value = ''; results.textContent = ''; cy.nodes().removeClass('match'); }
  });

  // ---- side by side with the package structure
  var packages = null;
  function packageGraph() {
    var counts = data.packages.map(function () { return {}; }), sizes = data.packages.map(function () { return 0; });
    data.types.forEach(function (t) { counts[t.pkg][t.group] = (counts[t.pkg][t.group] || 0) + 1; sizes[t.pkg]++; });
    var prefix = data.packages.length > 1 ? data.packages[0].substring(0, data.packages[0].lastIndexOf('.') + 1) : '';
    var els = data.packages.map(function (name, k) {
      var d = { id: 'p' + k, k: k, label: (name.indexOf(prefix) === 0 ? name.substring(prefix.length) : name)
          + ' (' + sizes[k] + ')', size: 24 + 6 * Math.sqrt(sizes[k]) };
      var slices = Object.keys(counts[k]).map(Number).sort(function (a, b) { return counts[k][b] - counts[k][a]; });
      for (var s = 1; s <= 16; s++) {
        var g = slices[s - 1];
        d['c' + s] = g === undefined ? '#fff' : color(g);
        d['s' + s] = g === undefined ? 0 : 100 * counts[k][g] / sizes[k];
      }
      return { group: 'nodes', data: d };
    });
    var links = {};
    data.edges.forEach(function (e) {
      var a = data.types[e[0]].pkg, b = data.types[e[1]].pkg;
      if (a !== b) { links[a + '>' + b] = (links[a + '>' + b] || 0) + e[2]; }
    });
    var max = 0;
    Object.keys(links).forEach(function (key) { max = Math.max(max, links[key]); });
    Object.keys(links).forEach(function (key) {
      var ends = key.split('>');
      els.push({ group: 'edges', data: { id: 'q' + key, source: 'p' + ends[0], target: 'p' + ends[1],
        w: 1 + 5 * Math.sqrt(links[key] / (max || 1)) } });
    });
    var pie = { 'pie-size': '100%' };
    for (var s = 1; s <= 16; s++) {
      pie['pie-' + s + '-background-color'] = 'data(c' + s + ')';
      pie['pie-' + s + '-background-size'] = 'data(s' + s + ')';
    }
    var graph = cytoscape({ container: document.getElementById('packages'), elements: els,
      style: [{ selector: 'node', style: Object.assign({ 'label': 'data(label)', 'width': 'data(size)',
        'height': 'data(size)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': '#eee', 'border-width': 1, 'border-color': '#fff' }, pie) },
        style[3], style[4], style[5], style[12]],
      minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3, boxSelectionEnabled: false });
    withSeed(function () {
      graph.layout({ name: 'fcose', randomize: true, animate: false, nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 9000, idealEdgeLength: 90, packComponents: true, nodeSeparation: 60 }).run();
    });
    separate(graph.nodes());
    graph.fit(undefined, 30);
    graph.on('tap', 'node', function (event) { showPackage(event.target.data('k'), counts); });
    return graph;
  }
  function holds(g) {
    if (!packages) { return; }
    packages.nodes().removeClass('holds faded');
    if (g === null) { return; }
    var held = {};
    members[g].forEach(function (i) { held[data.types[i].pkg] = true; });
    packages.nodes().forEach(function (n) { n.addClass(held[n.data('k')] ? 'holds' : 'faded'); });
  }
  function showPackage(k, counts) {
    details.textContent = '';
    html('h2', data.packages[k], details).id = 'package-name';
    html('p', 'Its classes went to these groups:', details, 'hint');
    var groups = Object.keys(counts[k]).map(Number).sort(function (a, b) { return counts[k][b] - counts[k][a]; });
    list(details, groups.map(function (g) { return data.groups[g] + ': ' + counts[k][g] + ' classes'; }), 'none');
    cy.nodes().removeClass('holds');
    groups.forEach(function (g) { cy.getElementById('g' + g).addClass('holds'); });
  }
  var compare = document.getElementById('compare');
  compare.addEventListener('click', function () {
    var on = document.getElementById('graphs').classList.toggle('compare');
    compare.classList.toggle('on', on);
    cy.resize(); cy.fit(undefined, 30);
    if (on && !packages) { packages = packageGraph(); }
    if (on) { packages.resize(); packages.fit(undefined, 30); }
    if (!on) { cy.nodes().removeClass('holds'); }
  });

  document.getElementById('fit').addEventListener('click', function () { cy.fit(undefined, 30); });
  var expandAll = document.getElementById('expand-all');
  expandAll.addEventListener('click', function () {
    var all = !data.groups.every(function (g, i) { return expanded[i]; });
    data.groups.forEach(function (g, i) { expanded[i] = all; });
    expandAll.classList.toggle('on', all);
    redraw(true);
  });
  expandAll.classList.toggle('on', data.groups.every(function (g, i) { return expanded[i]; }));

  var chips = document.getElementById('chips');
  data.groups.forEach(function (name, g) {
    var button = html('button', null, chips);
    button.type = 'button';
    html('span', null, button).style.background = color(g);
    button.appendChild(document.createTextNode(name + ' ' + members[g].length));
    button.addEventListener('click', function () {
      var node = cy.getElementById('g' + g);
      choose(node);
      cy.animate({ center: { eles: node }, duration: 200 });
    });
  });
  html('p', 'Click a service or class to see why it sits there and the dependencies crossing its boundary; '
      + 'double-click a service to show or hide its classes. Scroll to zoom, drag to pan.', details, 'hint');

  // ---- the rest of the page
  document.getElementById('title').textContent = data.title;
  var s = data.stats;
  document.getElementById('stats').textContent = s.files + ' files, ' + s.loc + ' lines, ' + s.types + ' types, '
      + s.edges + ' dependencies, ' + s.parseErrors + ' files did not parse, '
      + (100 * s.unresolvedCallRatio).toFixed(1) + '% of calls unresolved — ' + SERVICES + ' candidate services';
  var metricRows = document.querySelector('#metrics tbody');
  data.metrics.forEach(function (m) {
    var tr = html('tr', null, metricRows);
    html('td', m.title, tr); html('td', m.value.toFixed(4), tr, 'num'); html('td', m.better, tr);
    html('td', m.meaning, tr);
  });
  document.getElementById('kernel-reason').textContent = data.kernel.types.length
      ? data.kernel.reason : 'No shared kernel: no value or utility type is used from many parts of the code.';
  var kernel = document.getElementById('kernel');
  data.kernel.types.forEach(function (type) { html('li', type, kernel); });
  document.getElementById('platform-reason').textContent = data.platform.types.length
      ? data.platform.reason : 'No platform: no type was taken for framework plumbing.';
  var platform = document.getElementById('platform');
  data.platform.types.forEach(function (type) { html('li', type, platform); });
  var sharedRows = document.querySelector('#shared-tables tbody');
  if (!data.sharedTables.length) { html('td', 'none', html('tr', null, sharedRows)).colSpan = 2; }
  data.sharedTables.forEach(function (t) {
    var tr = html('tr', null, sharedRows);
    html('td', t.table, tr); html('td', t.services.join(', '), tr);
  });
  document.getElementById('diagnostics-count').textContent = data.diagnosticsTotal + ' diagnostics'
      + (data.diagnosticsTotal > data.diagnostics.length ? ' (first ' + data.diagnostics.length + ' shown)' : '');
  var diagnosticRows = document.querySelector('#diagnostics tbody');
  data.diagnostics.forEach(function (d) {
    var tr = html('tr', null, diagnosticRows);
    html('td', d.file, tr); html('td', d.line, tr, 'num'); html('td', d.severity, tr); html('td', d.message, tr);
  });

  var layoutFrom = performance.now();
  layout(true);
  // For tests and curious users: the graphs, when the page's script started (libraries parsed), how long the first
  // layout took and when the first picture was ready, in milliseconds since navigation.
  window.ficus = { cy: cy, packages: function () { return packages; }, scriptMillis: startedMillis,
    layoutMillis: performance.now() - layoutFrom, timing: timing, readyMillis: performance.now() };
}());
