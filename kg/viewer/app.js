// The graph viewer: filters, search, panels and edge merging over the JSON data block.
// Edges are drawn one per event (the reports of one real-world event merged, width by the number
// of independent sources), one per actor pair, or one per statement (the "Edges" control).
// Every piece of user text reaches the page through textContent or a vis-network string
// title (shown with innerText): never through innerHTML.
//
// Two kinds of data block. A small build's page carries every statement with its evidence
// (data.nodes, data.edges). A large build's page is an overview (data.format "overview", see
// kg/outputs/overview.py): actors and statement facets by column, packed integers; the evidence
// (sentence, wording, statement id, confidence) is fetched when a panel or a tooltip needs it,
// as JSON from kg view's server, else from script files beside the page (file:// allows scripts,
// not fetch). Filters, search and panels work on the same statement objects either way.
(function () {
  "use strict";
  var timings = {start: performance.now()};  // ms since navigation start, for the README's figures
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var view = data.view;
  var FADED = "rgba(200,200,200,0.35)";
  var PANEL_PAGE = 200;  // statements listed at a time in the side panel
  var EXPAND_LIMIT = 50;  // a merged edge of more statements is listed when clicked, not drawn apart
  var NO_LABEL = null;   // an edge label not drawn

  function $(id) { return document.getElementById(id); }
  function count(n) { return Number(n).toLocaleString("en-US"); }
  function plural(n, noun) { return count(n) + " " + noun + (n === 1 ? "" : "s"); }
  function pairKey(from, to) { return from + "\u0000" + to; }
  function make(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ---------------------------------------------------------------- the overview format
  function unpack(column) {  // kg.outputs.evidence.pack: little-endian typed array, base64
    var text = atob(column.b), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    if (column.t === "u16") return new Uint16Array(bytes.buffer);
    if (column.t === "u32") return new Uint32Array(bytes.buffer);
    return bytes;
  }
  function expandOverview(d) {
    var A = d.actors, n = A.labels.length, i;
    var type = unpack(A.type), degree = unpack(A.degree), community = unpack(A.community);
    var colours = d.colours, nodes = new Array(n);
    for (i = 0; i < n; i++) {
      var t = A.types[type[i]], c = community[i], id = A.prefix + A.ids[i];
      var node = {id: id, label: A.labels[i], color: colours.type[t] || colours.other, size: A.size[i],
        title: A.labels[i] + "\n" + t + " · " + plural(degree[i], "statement") + "\n" + id,
        kg_type: t, kg_aliases: A.aliases[i] || [], kg_degree: degree[i], kg_pagerank: A.pagerank[i],
        kg_size_pagerank: A.size_pagerank[i], kg_rank: i, kg_community: c,
        kg_community_colour: c < colours.community.length ? colours.community[c] : colours.other};
      if (A.x) { node.x = A.x[i]; node.y = A.y[i]; }
      nodes[i] = node;
    }
    var D = d.documents, site = unpack(D.site), documents = {};
    for (i = 0; i < D.ids.length; i++) {
      documents[D.ids[i]] = {title: D.titles[i], url: site[i] ? D.sites[site[i] - 1] + D.paths[i] : null, date: D.dates[i]};
    }
    var events = {};  // only the events whose sources or date eventOf would not infer
    d.events.forEach(function (e) { events["#" + e[0] + e[1]] = {sources: e[2], date: e[3], date_precision: e[4]}; });
    var kinds = d.kinds.map(function (k) {
      return {lemma: k[0], event: k[1], quad: k[2], cameo: k[3], negated: k[4], modality: k[5], label: (k[4] ? "not " : "") + k[0]};
    });
    var S = d.statements, from = unpack(S.from), to = unpack(S.to), kind = unpack(S.kind);
    var doc = unpack(S.doc), date = unpack(S.date), event = unpack(S.event);
    var edges = new Array(S.count), parallel = new Map();
    for (i = 0; i < S.count; i++) {
      var k = kinds[kind[i]], day = d.dates[date[i]];
      var pair = from[i] * n + to[i], index = parallel.get(pair) || 0;
      parallel.set(pair, index + 1);
      edges[i] = {id: "#" + i, from: nodes[from[i]].id, to: nodes[to[i]].id, label: k.label, dashes: k.negated,
        kg_index: i, kg_parallel: index, kg_doc: D.ids[doc[i]], kg_negated: k.negated, kg_modality: k.modality,
        kg_lemma: k.lemma, kg_event: k.event, kg_quad: k.quad, kg_cameo: k.cameo,
        kg_event_id: event[i] ? "#e" + event[i] : "#s" + i, kg_event_index: event[i],
        kg_date: day[0], kg_date_precision: day[1]};
    }
    d.nodes = nodes;
    d.edges = edges;
    d.documents = documents;
    d.events = events;
  }
  var overview = data.format === "overview";
  if (overview) expandOverview(data);
  timings.decoded = performance.now();

  // ---------------------------------------------------------------- indexes
  var actorById = new Map();
  data.nodes.forEach(function (node) { actorById.set(node.id, node); });
  var statements = data.edges; // one per statement
  var eventInfo = data.events || {};  // event id -> {sources, reports, lemma, date}
  var byNode = new Map();
  var byPair = null, byEvent = null;  // made when first needed (not at all for a first view merged by pair)
  function index(map, key, st) {
    var list = map.get(key);
    if (list === undefined) map.set(key, list = []);
    list.push(st);
  }
  for (var s = 0; s < statements.length; s++) {  // a plain loop: 200,000 statements on a large build
    var st = statements[s];
    index(byNode, st.from, st);
    if (st.to !== st.from) index(byNode, st.to, st);
  }
  timings.indexed = performance.now();
  function pairs() {
    if (byPair === null) {
      byPair = new Map();
      statements.forEach(function (st) { index(byPair, pairKey(st.from, st.to), st); });
    }
    return byPair;
  }
  function eventsIndex() {
    if (byEvent === null) {
      byEvent = new Map();
      statements.forEach(function (st) { index(byEvent, st.kg_event_id, st); });
    }
    return byEvent;
  }
  var maxDegree = data.nodes.reduce(function (m, n) { return Math.max(m, n.kg_degree); }, 1);

  // ---------------------------------------------------------------- state
  function defaults() {
    return {event: "", lemma: "", type: "", doc: "", negated: true, modal: true, from: "", to: "", undated: true,
      minDegree: view.min_degree, top: view.top || 0, merge: view.merge, size: "pagerank", colour: "type"};
  }
  var state = defaults();
  var pinned = new Set();    // actors found by search stay shown whatever the node filters say
  var expanded = new Set();  // groups (events or pairs) whose merged edge was clicked open
  var visibleNodes = new Set();
  var focusId = null;
  var focusGroup = null;     // the clicked edge's group: its label is drawn
  var zoomedIn = false;      // at view.label_scale or closer: every edge label is drawn
  var panelGroup = null;
  var shown = {nodes: 0, edges: 0, statements: 0};

  // A date at month or year precision is the whole month or year: it passes if that overlaps the range.
  function dateRange(date, precision) {
    if (precision === "day") return [date, date];
    if (precision === "month") return [date + "-01", date + "-31"];
    return [date + "-01-01", date + "-12-31"];
  }
  function datePasses(st) {
    if (!state.from && !state.to) return true;
    if (!st.kg_date) return state.undated;
    var range = dateRange(st.kg_date, st.kg_date_precision);
    return (!state.from || range[1] >= state.from) && (!state.to || range[0] <= state.to);
  }
  function statementPasses(st) {
    if (!datePasses(st)) return false;
    if (!state.negated && st.kg_negated) return false;
    if (!state.modal && st.kg_modality) return false;
    if (state.lemma && st.kg_lemma !== state.lemma) return false;
    if (state.doc && st.kg_doc !== state.doc) return false;
    if (state.event) {
      var colon = state.event.indexOf(":");
      var kind = state.event.slice(0, colon), value = state.event.slice(colon + 1);
      if (kind === "quad" && (st.kg_quad || "") !== value) return false;
      if (kind === "event" && (st.kg_event || "") !== value) return false;
    }
    return true;
  }
  function statementFiltersActive() {
    return Boolean(state.event || state.lemma || state.doc || !state.negated || !state.modal || state.from || state.to);
  }
  function nodePasses(node) {
    if (pinned.has(node.id)) return true;
    return (!state.type || node.kg_type === state.type) && node.kg_degree >= state.minDegree &&
      (!state.top || node.kg_rank < state.top);
  }
  function statementShown(st) {
    return statementPasses(st) && nodePasses(actorById.get(st.from)) && nodePasses(actorById.get(st.to));
  }

  // ---------------------------------------------------------------- drawing data
  function look(node) {
    var colour = state.colour === "community" ? node.kg_community_colour : node.color;
    var size = state.size === "degree" ? node.size : node.kg_size_pagerank;
    var faded = focusId !== null && node.id !== focusId && !neighbours.has(node.id);
    return {id: node.id, color: faded ? FADED : colour, size: size,
      font: {color: faded ? "#bbbbbb" : "#343434"}};
  }
  var neighbours = new Set();
  var lookKey = new Map();
  // Only shown nodes are restyled (10,000 actors, 20 shown); a node is restyled when it is shown.
  function refreshLook(ids) {
    var changes = [];
    (ids || visibleNodes).forEach(function (id) {
      var item = look(actorById.get(id));
      var key = item.color + "|" + item.size + "|" + item.font.color;
      if (lookKey.get(id) !== key) { lookKey.set(id, key); changes.push(item); }
    });
    if (changes.length) nodes.update(changes);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    var item = look(node);
    item.label = node.label; item.title = node.title;
    if (node.x !== undefined) { item.x = node.x; item.y = node.y; }
    lookKey.set(node.id, item.color + "|" + item.size + "|" + item.font.color);
    return item;
  }));
  var nodeView = new vis.DataView(nodes, {filter: function (item) { return visibleNodes.has(item.id); }});
  var edges = new vis.DataSet();

  function groupKey(st) {
    if (state.merge === "event") return "event\u0000" + st.kg_event_id;
    if (state.merge === "pair") return "pair\u0000" + pairKey(st.from, st.to);
    return "statement\u0000" + st.id;
  }
  function groupStatements(key) {
    var colon = key.indexOf("\u0000"), kind = key.slice(0, colon), rest = key.slice(colon + 1);
    if (kind === "event") return eventsIndex().get(rest) || [];
    if (kind === "pair") return pairs().get(rest) || [];
    return statements.filter(function (st) { return st.id === rest; });
  }
  function sourcesOf(st) { return eventOf(st).sources; }
  // An event's independent sources (hosts, as kg.events.grouping counts them) and its most
  // precise date: from the page's table when it has the event (always for a page that embeds
  // its evidence; for an overview, only where its reports would not tell), else from its reports.
  var derivedEvents = new Map();
  var PRECISION = {day: 0, month: 1, year: 2};
  function precisionRank(p) { return p in PRECISION ? PRECISION[p] : 3; }
  function sourceKey(docId) {
    var doc = data.documents[docId] || {};
    if (doc.url) { try { var host = new URL(doc.url).hostname; if (host) return host.replace(/^www\./, ""); } catch (e) { /* not a URL */ } }
    return docId;
  }
  function eventOf(st) {
    var info = eventInfo[st.kg_event_id] || derivedEvents.get(st.kg_event_id);
    if (info) return info;
    var group = eventsIndex().get(st.kg_event_id) || [st], hosts = new Set(), best = null;
    group.forEach(function (report) {
      hosts.add(sourceKey(report.kg_doc));
      if (report.kg_date && (best === null || precisionRank(report.kg_date_precision) < precisionRank(best.kg_date_precision))) best = report;
    });
    info = {sources: hosts.size, reports: group.length, date: best ? best.kg_date : null,
      date_precision: best ? best.kg_date_precision : null};
    derivedEvents.set(st.kg_event_id, info);
    return info;
  }
  function sourceWidth(sources) { return Math.min(8, 1 + 1.5 * (sources - 1)); }
  function outlet(docId) {
    var doc = data.documents[docId] || {};
    if (doc.url) { try { return new URL(doc.url).hostname.replace(/^www\./, ""); } catch (e) { /* not a URL */ } }
    return doc.title || docId;
  }
  function known(st) { return st.kg_sentence !== undefined; }  // its evidence is here
  function statementTitle(st) {
    if (st.title) return st.title;  // written with the page
    var relation = st.kg_lemma + (st.kg_negated ? " (negated)" : "");
    if (st.kg_modality) relation += ", " + st.kg_modality;
    if (typeof st.kg_confidence === "number") relation += ", confidence " + st.kg_confidence.toFixed(2);
    var lines = [actorById.get(st.from).label + " — " + (known(st) ? st.kg_text : st.label) + " → " +
      actorById.get(st.to).label, relation];
    var event = [st.kg_event, st.kg_quad].filter(Boolean).join(" · ");
    if (event) lines.push("event " + event);
    lines.push(known(st) ? "“" + st.kg_sentence + "”" : "(click for the sentence)");
    var doc = data.documents[st.kg_doc] || {};
    lines.push("document " + st.kg_doc + (doc.title ? ": " + doc.title : ""));
    if (doc.url) lines.push(doc.url);
    return lines.join("\n");
  }
  function statementEdge(st) {
    var item = {id: st.id, from: st.from, to: st.to, kg_label: st.label, title: statementTitle(st), dashes: st.dashes,
      arrows: "to", kg_group: groupKey(st), kg_count: 1};
    if (state.merge === "event") item.width = sourceWidth(sourcesOf(st));
    if (st.smooth) item.smooth = st.smooth;
    if (st.selfReference) item.selfReference = st.selfReference;
    if (st.kg_parallel !== undefined) {  // as kg.outputs.viewer._edge_shape spreads parallel edges
      var n = st.kg_parallel;
      if (st.from === st.to) item.selfReference = {size: 20 + 10 * Math.min(n, 10), angle: Math.PI / 4};
      else item.smooth = {enabled: true, type: Math.floor(n / 5) % 2 ? "curvedCCW" : "curvedCW", roundness: (10 + 20 * (n % 5)) / 100};
    }
    return withLabel(item);
  }
  function mergedEdge(key, group) {
    var lemmas = new Map();
    group.forEach(function (st) { lemmas.set(st.label, (lemmas.get(st.label) || 0) + 1); });
    var names = Array.from(lemmas.keys()).sort(function (a, b) {
      return lemmas.get(b) - lemmas.get(a) || (a < b ? -1 : a > b ? 1 : 0);
    });
    var label = names.slice(0, 2).join(", ") + (names.length > 2 ? ", …" : "") + " ×" + group.length;
    var first = group[0];
    var lines, width;
    if (key.indexOf("event\u0000") === 0) {
      // one event: every report, with its outlet, so a reader sees who reported what
      var event = eventOf(first);
      var outlets = new Set(group.map(function (st) { return outlet(st.kg_doc); }));
      lines = [actorById.get(first.from).label + " — " + first.kg_lemma + " — " + actorById.get(first.to).label +
        (event.date ? " (" + event.date + ")" : "") + ": one event, " + plural(group.length, "report") +
        " from " + plural(event.sources, "source") + " (click to expand)"];
      group.forEach(function (st) {
        lines.push("• " + outlet(st.kg_doc) + (known(st) ? ": “" + st.kg_sentence + "”" : ""));
      });
      width = sourceWidth(Math.max(event.sources, outlets.size));
    } else {
      lines = [actorById.get(first.from).label + " → " + actorById.get(first.to).label + ": " +
        plural(group.length, "statement") + " (click to expand)"];
      group.slice(0, 6).forEach(function (st) {
        lines.push("• " + st.label + (known(st) ? ": “" + st.kg_sentence + "”" : ""));
      });
      if (group.length > 6) lines.push("… and " + (group.length - 6) + " more in the side panel");
      width = Math.min(8, 1.5 + Math.log2(group.length));
    }
    var item = {id: key, from: first.from, to: first.to, kg_label: label, title: lines.join("\n"),
      dashes: group.every(function (st) { return st.kg_negated; }), arrows: "to",
      width: width, kg_group: key, kg_count: group.length};
    if (first.from === first.to) item.selfReference = {size: 20, angle: Math.PI / 4};
    return withLabel(item);
  }

  // Edge labels only where they can be read: a selected actor's own edges; else the clicked
  // edge's, and every edge once zoomed in (view.label_scale).
  function labelShown(edge) {
    if (focusId !== null) return edge.from === focusId || edge.to === focusId;
    return zoomedIn || (focusGroup !== null && edge.kg_group === focusGroup);
  }
  function withLabel(edge) {
    edge.label = labelShown(edge) ? edge.kg_label : NO_LABEL;
    return edge;
  }
  function relabel() {
    var changes = [];
    edges.forEach(function (edge) {
      var label = labelShown(edge) ? edge.kg_label : NO_LABEL;
      if (edge.label !== label) {
        changes.push({id: edge.id, label: label});
        edgeSignature.set(edge.id, signature(Object.assign({}, edge, {label: label})));
      }
    });
    if (changes.length) edges.update(changes);
  }

  // Nodes leaving the view keep their place for when they come back (physics is off by then).
  function savePositions(ids) {
    if (!network || physics || !ids.length) return;
    var positions = network.getPositions(ids);
    var moves = Object.keys(positions).map(function (id) {
      return {id: id, x: positions[id].x, y: positions[id].y};
    });
    if (moves.length) nodes.update(moves);
  }
  // A node never shown yet, once physics is off, starts beside a shown neighbour (not in a heap at 0, 0).
  function placeNew(ids) {
    if (!network || physics || !ids.length) return;
    var moves = [], placed = new Map();
    ids.forEach(function (id, k) {
      if (nodes.get(id).x !== undefined) return;
      var near = null;
      (byNode.get(id) || []).some(function (st) {
        var other = st.from === id ? st.to : st.from;
        if (visibleNodes.has(other)) near = network.getPosition(other);
        else if (placed.has(other)) near = placed.get(other);
        return near !== null;
      });
      var base = near || {x: 0, y: 0}, angle = 2.39996 * k, radius = 90 + 12 * (k % 5);
      var spot = {x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle)};
      placed.set(id, spot);
      moves.push({id: id, x: spot.x, y: spot.y});
    });
    if (moves.length) nodes.update(moves);
  }
  function signature(edge) {
    return [edge.label, edge.kg_label, edge.kg_count, edge.dashes, edge.width, edge.title].join("\u0000");
  }
  var edgeSignature = new Map();

  function apply() {
    var active = statementFiltersActive();
    var passing = statements.filter(statementShown);
    var nextNodes = new Set();
    if (active) {
      passing.forEach(function (st) { nextNodes.add(st.from); nextNodes.add(st.to); });
      pinned.forEach(function (id) { nextNodes.add(id); });
    } else {
      data.nodes.forEach(function (node) { if (nodePasses(node)) nextNodes.add(node.id); });
    }
    var groups = new Map();
    passing.forEach(function (st) {
      var key = groupKey(st);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(st);
    });
    var desired = new Map();
    groups.forEach(function (group, key) {
      if (group.length > 1 && !expanded.has(key)) {
        var merged = mergedEdge(key, group);
        desired.set(merged.id, merged);
      } else {
        group.forEach(function (st) { desired.set(st.id, statementEdge(st)); });
      }
    });
    savePositions(Array.from(visibleNodes).filter(function (id) { return !nextNodes.has(id); }));
    var added = Array.from(nextNodes).filter(function (id) { return !visibleNodes.has(id); });
    placeNew(added);
    refreshLook(added);
    var gone = edges.getIds().filter(function (id) { return !desired.has(id); });
    gone.forEach(function (id) { edgeSignature.delete(id); });
    edges.remove(gone);
    visibleNodes = nextNodes;
    nodeView.refresh();
    // only what changed: every DataSet event costs vis-network a pass over its edges
    var changed = [];
    desired.forEach(function (edge, id) {
      var sig = signature(edge);
      if (edgeSignature.get(id) !== sig) { edgeSignature.set(id, sig); changed.push(edge); }
    });
    if (changed.length) edges.update(changed);
    shown = {nodes: nextNodes.size, edges: desired.size, statements: passing.length};
    $("kg-shown").textContent = "Showing " + count(shown.nodes) + " of " + plural(data.nodes.length, "actor") +
      " · " + plural(shown.edges, "edge") + " · " + count(shown.statements) + " of " +
      plural(statements.length, "statement");
    if (focusId !== null) setFocus(focusId);
    if (panelGroup !== null) $("kg-panel-collapse").hidden = !expanded.has(panelGroup);
  }

  // ---------------------------------------------------------------- network
  var physics = data.options.physics.enabled;
  var network = null;
  apply();
  timings.filtered = performance.now();
  network = new vis.Network($("kg-graph"), {nodes: nodeView, edges: edges}, data.options);
  if (!physics) network.fit({animation: false});  // laid out already: frame the first view
  timings.network = performance.now();

  var button = $("kg-physics");
  var status = $("kg-status");
  function setPhysics(on) {
    physics = on;
    network.setOptions({physics: {enabled: on}});
    button.textContent = "Physics: " + (on ? "on" : "off");
    button.setAttribute("aria-pressed", String(on));
  }
  button.textContent = "Physics: " + (physics ? "on" : "off");
  button.setAttribute("aria-pressed", String(physics));
  button.addEventListener("click", function () { setPhysics(!physics); });

  var api = {data: data, network: network, nodes: nodes, edges: edges, state: state, readyAt: null, timings: timings};
  window.kgViewer = api;
  function ready() {
    if (api.readyAt !== null) return;
    api.readyAt = timings.ready = performance.now();
    status.textContent = "";
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    setPhysics(false);
    ready();
  });
  if (!physics || data.nodes.length === 0) {
    network.once("afterDrawing", ready);
    if (data.nodes.length === 0) ready();
  }

  // ---------------------------------------------------------------- evidence
  // In the page already, or loaded once for a panel or a tooltip: from kg view's server (JSON),
  // else from the evidence files beside the page (graph.data/<build>/evidence-NNNN.js, each a
  // kgEvidence(...) call; the page knows which file holds each actor's statements).
  var evidence = data.evidence || null;
  var shardOf = overview ? unpack(evidence.shard) : null;
  var source = !overview ? "page" : /^https?:$/.test(location.protocol) ? "server" : "files";
  var shards = new Map();    // file number -> {done: bool, waiting: [callbacks]}
  var shardBuild = new Map();  // file number -> the build its kgEvidence call named
  function takeRows(rows) {
    rows.forEach(function (row) {
      var st = statements[row[0]];
      if (!st || known(st)) return;
      st.kg_statement = row[1];
      st.kg_text = row[2];
      st.kg_sentence = row[3];
      st.kg_confidence = row[4];
    });
  }
  window.kgEvidence = function (payload) {
    if (!overview || !payload || typeof payload.shard !== "number") return;
    shardBuild.set(payload.shard, payload.build);
    if (payload.build === evidence.build) takeRows(payload.rows);
  };
  // The file of ``st`` among actor ``a``'s statements: an actor of more than evidence.chunk
  // statements has files of its own, evidence.chunk statements each, in page order.
  function fileOf(a, st) {
    var list = byNode.get(data.nodes[a].id);
    if (list.length <= evidence.chunk) return shardOf[a];
    var low = 0, high = list.length;  // binary search: lists are in page order
    while (low < high) {
      var mid = (low + high) >> 1;
      if (list[mid].kg_index < st.kg_index) low = mid + 1; else high = mid;
    }
    return shardOf[a] + Math.floor(low / evidence.chunk);
  }
  function loadShard(k, done) {
    var entry = shards.get(k);
    if (entry && entry.done) { done(null); return; }
    if (entry) { entry.waiting.push(done); return; }
    entry = {done: false, waiting: [done]};
    shards.set(k, entry);
    var folder = evidence.dir.split("/")[0];
    var script = document.createElement("script");
    script.src = evidence.dir + "/evidence-" + String(k).padStart(4, "0") + ".js";
    function finish(error) {
      script.remove();
      if (error) shards.delete(k); else entry.done = true;  // a failed file is tried again on the next click
      entry.waiting.forEach(function (callback) { callback(error); });
    }
    script.onload = function () {
      finish(shardBuild.get(k) === evidence.build ? null
        : "the files in " + folder + "/ are from another build than this page: reload it, or build again");
    };
    script.onerror = function () {
      finish("cannot load " + script.getAttribute("src") + " (the folder " + folder + "/ belongs beside the page)");
    };
    document.head.appendChild(script);
  }
  function fetchRows(request, done) {
    var query = ["build=" + encodeURIComponent(evidence.build)];
    ["actor", "event", "offset", "limit"].forEach(function (name) {
      if (request[name] !== undefined) query.push(name + "=" + request[name]);
    });
    if (request.pair) query.push("from=" + request.pair[0], "to=" + request.pair[1]);
    fetch(evidence.api + "?" + query.join("&")).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (!json) return {fallback: true};  // not kg view (a static server): use the files
      return response.json().then(function (body) { return response.ok ? body : {error: body.error || response.statusText}; });
    }).then(function (body) {
      if (body.fallback) { done("fallback"); return; }
      if (body.error) { done(body.error); return; }
      takeRows(body.rows);
      done(null);
    }, function () { done("fallback"); });
  }
  // Make sure every statement of ``list`` has its evidence, then call done(error or null):
  // at once when it is here (always, for a page that embeds it).
  function withEvidence(list, request, done) {
    var missing = list.filter(function (st) { return !known(st); });
    if (!missing.length) { done(null); return; }
    if (source === "server") {
      fetchRows(request, function (error) {
        if (error === "fallback") { source = "files"; withEvidence(list, request, done); return; }
        var still = missing.filter(function (st) { return !known(st); }).length;
        done(error || (still ? plural(still, "statement") + " missing from the server's answer" : null));
      });
      return;
    }
    var files = new Set();  // the requested actor's file, else each statement's subject's (its object's when already chosen)
    missing.forEach(function (st) {
      var a = actorById.get(st.from).kg_rank, b = actorById.get(st.to).kg_rank;
      var owner = request.actor === a || request.actor === b ? request.actor : files.has(fileOf(b, st)) ? b : a;
      files.add(fileOf(owner, st));
    });
    var pending = files.size, failure = null;
    files.forEach(function (k) {
      loadShard(k, function (error) {
        failure = failure || error;
        if (--pending === 0) done(failure);
      });
    });
  }
  function requestFor(key, list) {
    var kind = key.slice(0, key.indexOf("\u0000")), first = list[0];
    if (kind === "event" && overview && first.kg_event_index) return {event: first.kg_event_index};
    return {pair: [actorById.get(first.from).kg_rank, actorById.get(first.to).kg_rank]};
  }

  // ---------------------------------------------------------------- focus and panel
  function setFocus(id) {
    focusId = id;
    if (id !== null) focusGroup = null;
    neighbours = new Set();
    if (id !== null) {
      edges.forEach(function (edge) {
        if (edge.from === id) neighbours.add(edge.to);
        if (edge.to === id) neighbours.add(edge.from);
      });
    }
    refreshLook();
    relabel();
  }

  // The relation as the sentence said it. Its words usually carry the negation already ("not meet
  // with", "never met"); "not" is added only when they do not.
  var NEGATION = /(^|\s)(not|never|no|neither|nor)(\s|$)|n't(\s|$)/i;
  function relationText(st) {
    return (st.kg_negated && !NEGATION.test(st.kg_text) ? "not " : "") + st.kg_text;
  }

  function statementItem(st) {
    var li = make("li");
    li.setAttribute("data-statement", st.kg_statement || st.id);
    var from = actorById.get(st.from).label, to = actorById.get(st.to).label;
    li.appendChild(make("div", from + " — " + relationText(st) + " → " + to, "st-rel"));
    var tags = [st.kg_lemma];
    if (st.kg_event) tags.push(st.kg_event);
    if (st.kg_quad) tags.push(st.kg_quad);
    if (st.kg_cameo) tags.push("CAMEO " + st.kg_cameo);
    if (st.kg_negated) tags.push("negated");
    if (st.kg_modality) tags.push(st.kg_modality);
    if (st.kg_confidence !== null && st.kg_confidence !== undefined) tags.push("confidence " + st.kg_confidence.toFixed(2));
    if (!statementShown(st)) { tags.push("hidden by the filters"); li.className = "filtered"; }
    li.appendChild(make("div", tags.join(" · "), "st-tags"));
    li.appendChild(make("blockquote", st.kg_sentence, "st-sentence"));
    var doc = data.documents[st.kg_doc] || {};
    var line = make("div", null, "st-doc");
    var name = doc.title || st.kg_doc;
    if (doc.url && /^https?:\/\//i.test(doc.url)) {
      var link = make("a", name);
      link.href = doc.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      line.appendChild(link);
    } else {
      line.appendChild(make("span", name));
    }
    var where = [doc.title ? st.kg_doc : "", doc.date || ""].filter(Boolean).join(", ");
    if (where) line.appendChild(document.createTextNode(" (" + where + ")"));
    li.appendChild(line);
    return li;
  }
  // The list is filled PANEL_PAGE statements at a time, each page once its evidence is here;
  // the list is aria-busy meanwhile. A newer panel makes an older answer moot.
  var panel = {ticket: 0, list: [], request: {}, shown: 0, started: 0};
  var inputAt = null;  // when the click or search that opens a panel came in (for kgViewer.lastPanel)
  function showPanel(title, meta, list, request) {
    $("kg-panel").hidden = false;
    $("kg-panel-title").textContent = title;
    $("kg-panel-meta").textContent = meta;
    clear($("kg-panel-list"));
    panel = {ticket: panel.ticket + 1, list: list, request: request, shown: 0, started: inputAt || performance.now()};
    inputAt = null;
    morePanel();
  }
  function morePanel() {
    var ticket = panel.ticket, start = panel.shown, page = panel.list.slice(start, start + PANEL_PAGE);
    var ol = $("kg-panel-list"), status = $("kg-panel-status"), more = $("kg-panel-more");
    more.hidden = true;
    ol.setAttribute("aria-busy", "true");
    status.textContent = page.every(known) ? "" : "Loading the evidence…";
    withEvidence(page, Object.assign({offset: start, limit: PANEL_PAGE}, panel.request), function (error) {
      if (ticket !== panel.ticket) return;
      ol.removeAttribute("aria-busy");
      if (error) { status.textContent = "Evidence not available: " + error; return; }
      status.textContent = "";
      var fragment = document.createDocumentFragment();
      page.forEach(function (st) { fragment.appendChild(statementItem(st)); });
      ol.appendChild(fragment);
      panel.shown = start + page.length;
      var left = panel.list.length - panel.shown;
      more.hidden = left <= 0;
      more.textContent = "Show " + count(Math.min(PANEL_PAGE, left)) + " more (" + count(left) + " not listed yet)";
      var started = start === 0 ? panel.started : performance.now(), listed = panel.shown;
      requestAnimationFrame(function () {  // on screen: the frame after the list was filled
        setTimeout(function () {
          api.lastPanel = {listed: listed, total: panel.list.length, ms: performance.now() - started};
        }, 0);
      });
    });
  }
  $("kg-panel-more").addEventListener("click", morePanel);
  function hiddenNote(list) {
    var hidden = list.filter(function (st) { return !statementShown(st); }).length;
    return hidden ? " (" + count(hidden) + " hidden by the filters)" : "";
  }
  function showNode(id) {
    var node = actorById.get(id);
    if (!node) return;
    panelGroup = null;
    $("kg-panel-collapse").hidden = true;
    var list = byNode.get(id) || [];
    var meta = node.kg_type + " · " + plural(list.length, "statement") + hiddenNote(list) +
      " · PageRank " + node.kg_pagerank.toFixed(4) + " · community " + (node.kg_community + 1);
    if (node.kg_aliases && node.kg_aliases.length) meta += " · also: " + node.kg_aliases.join(", ");
    showPanel(node.label, meta, list, {actor: node.kg_rank});
  }
  function showGroup(key) {
    var list = groupStatements(key);
    if (!list.length) return;
    panelGroup = key;
    $("kg-panel-collapse").hidden = !expanded.has(key);
    var title = actorById.get(list[0].from).label + " → " + actorById.get(list[0].to).label;
    var meta = plural(list.length, "statement") + hiddenNote(list);
    if (list.length > EXPAND_LIMIT && !expanded.has(key)) meta += " · listed here, too many to draw apart";
    if (key.indexOf("event\u0000") === 0) {
      var event = eventOf(list[0]);
      meta = "one event · " + plural(list.length, "report") + " · " + plural(event.sources, "source") +
        (event.date ? " · " + event.date : "") + hiddenNote(list);
    }
    showPanel(title, meta, list, requestFor(key, list));
  }
  function selectNode(id) {
    setFocus(id);
    showNode(id);
  }
  function timed(handler) {  // an input that may open a panel: the panel's time counts from here
    return function (arg) {
      inputAt = performance.now();
      try { handler(arg); } finally { inputAt = null; }
    };
  }
  network.on("click", timed(function (params) {
    if (params.nodes.length) {
      selectNode(params.nodes[0]);
    } else if (params.edges.length) {
      var edge = edges.get(params.edges[0]);
      if (!edge) return;
      if (edge.kg_count > 1 && edge.kg_count <= EXPAND_LIMIT) { expanded.add(edge.kg_group); apply(); }
      setFocus(null);
      focusGroup = edge.kg_group;
      relabel();
      showGroup(edge.kg_group);
    } else if (focusId !== null || focusGroup !== null) {
      focusGroup = null;
      setFocus(null);
    }
  }));
  // Hovering an edge fetches its evidence, so its tooltip can quote the sentences.
  network.on("hoverEdge", function (params) {
    var edge = edges.get(params.edge);
    if (!overview || !edge) return;
    var group = groupStatements(edge.kg_group).filter(statementShown);
    var list = edge.kg_count > 1 ? group : group.filter(function (st) { return st.id === edge.id; });
    if (!list.length || list.every(known)) return;
    withEvidence(list, requestFor(edge.kg_group, list), function (error) {
      var current = edges.get(edge.id);
      if (error || !current) return;
      var fresh = current.kg_count > 1 ? mergedEdge(current.kg_group, list) : statementEdge(list[0]);
      edgeSignature.set(fresh.id, signature(fresh));
      edges.update(fresh);
    });
  });
  $("kg-panel-close").addEventListener("click", function () {
    $("kg-panel").hidden = true;
    panelGroup = null;
    focusGroup = null;
    setFocus(null);
  });
  $("kg-panel-collapse").addEventListener("click", function () {
    if (panelGroup === null) return;
    expanded.delete(panelGroup);
    $("kg-panel-collapse").hidden = true;
    apply();
  });

  // Zoomed in (view.label_scale or closer) with few enough edges on screen to read
  // (view.label_limit), every edge label is drawn; else they are hidden again. Checked after
  // each drawing, recounted only when the view or the edges changed.
  var lastView = "";
  function edgesOnScreen() {
    var box = $("kg-graph"), low = network.DOMtoCanvas({x: 0, y: 0});
    var high = network.DOMtoCanvas({x: box.clientWidth, y: box.clientHeight});
    var at = network.getPositions(Array.from(visibleNodes)), seen = 0;
    edges.forEach(function (edge) {
      var p = at[edge.from], q = at[edge.to];
      if (!p || !q) return;
      var x = (p.x + q.x) / 2, y = (p.y + q.y) / 2;
      if (x >= low.x && x <= high.x && y >= low.y && y <= high.y) seen++;
    });
    return seen;
  }
  function checkZoom() {
    var scale = network.getScale(), at = network.getViewPosition();
    var key = [scale.toFixed(3), Math.round(at.x), Math.round(at.y), edges.length, physics].join();
    if (key === lastView) return;
    lastView = key;
    var closer = scale >= (view.label_scale || 1) && edgesOnScreen() <= (view.label_limit || 100);
    if (closer !== zoomedIn) { zoomedIn = closer; setTimeout(relabel, 0); }
  }
  network.on("zoom", checkZoom);
  network.on("afterDrawing", checkZoom);

  // ---------------------------------------------------------------- search
  var idsByName = new Map();
  var list = $("kg-actors");
  var options = [];
  function remember(name, node) {
    var key = String(name).trim().toLowerCase();
    if (!key) return false;
    if (!idsByName.has(key)) idsByName.set(key, []);
    var ids = idsByName.get(key);
    if (ids.indexOf(node.id) !== -1) return false;
    ids.push(node.id);
    return true;
  }
  data.nodes.forEach(function (node) {
    if (remember(node.label, node)) options.push([String(node.label), ""]);
    (node.kg_aliases || []).forEach(function (alias) {
      if (remember(alias, node)) options.push([String(alias), String(node.label)]);
    });
  });
  options.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  var fragment = document.createDocumentFragment();
  options.forEach(function (pair) {
    var option = document.createElement("option");
    option.value = pair[0];
    if (pair[1]) option.label = pair[1];
    fragment.appendChild(option);
  });
  list.appendChild(fragment);
  timings.search = performance.now();

  function selectActor(ids) {
    var hidden = ids.filter(function (id) { return !visibleNodes.has(id); });
    if (hidden.length) { hidden.forEach(function (id) { pinned.add(id); }); apply(); }
    network.selectNodes(ids);
    // no animation on a large graph: each frame is a full redraw
    network.focus(ids[0], {scale: 1.2, animation: view.large ? false : {duration: 400}});
    selectNode(ids[0]);
  }
  var input = $("kg-search");
  function find(exactOnly) {
    var text = input.value.trim().toLowerCase();
    var ids = idsByName.get(text);
    if (!ids && !exactOnly && text) {
      var key = Array.from(idsByName.keys()).find(function (k) { return k.indexOf(text) !== -1; });
      ids = key === undefined ? undefined : idsByName.get(key);
    }
    if (ids) selectActor(ids);
    return ids || [];
  }
  input.addEventListener("input", timed(function () { find(true); }));
  input.addEventListener("keydown", timed(function (event) { if (event.key === "Enter") find(false); }));

  // ---------------------------------------------------------------- filters
  function fill(select, groups) {
    groups.forEach(function (group) {
      var parent = select;
      if (group.label) { parent = document.createElement("optgroup"); parent.label = group.label; select.appendChild(parent); }
      group.items.forEach(function (item) {
        var option = document.createElement("option");
        option.value = item[0];
        option.textContent = item[1];
        parent.appendChild(option);
      });
    });
  }
  function tally(values) {
    var counts = new Map();
    values.forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    return Array.from(counts.entries()).sort(function (a, b) {
      return b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1);
    });
  }
  var quads = tally(statements.filter(function (st) { return st.kg_quad; }).map(function (st) { return st.kg_quad; }));
  var events = tally(statements.map(function (st) { return st.kg_event || ""; }));
  fill($("kg-f-event"), [
    {label: "Quad class", items: quads.map(function (e) { return ["quad:" + e[0], e[0] + " (" + e[1] + ")"]; })},
    {label: "Event class (PLOVER)", items: events.map(function (e) {
      return ["event:" + e[0], (e[0] || "no event class") + " (" + e[1] + ")"];
    })},
  ]);
  fill($("kg-f-lemma"), [{items: tally(statements.map(function (st) { return st.kg_lemma; })).map(function (e) {
    return [e[0], e[0] + " (" + e[1] + ")"];
  })}]);
  fill($("kg-f-type"), [{items: tally(data.nodes.map(function (n) { return n.kg_type; })).map(function (e) {
    return [e[0], e[0] + " (" + e[1] + ")"];
  })}]);
  fill($("kg-f-doc"), [{items: tally(statements.map(function (st) { return st.kg_doc; })).map(function (e) {
    var title = (data.documents[e[0]] || {}).title || e[0];
    if (title.length > 60) title = title.slice(0, 59) + "…";
    return [e[0], title + " (" + e[1] + ")"];
  })}]);
  var degreeInput = $("kg-f-degree");
  degreeInput.max = String(maxDegree);

  var controls = {event: "kg-f-event", lemma: "kg-f-lemma", type: "kg-f-type", doc: "kg-f-doc",
    negated: "kg-f-negated", modal: "kg-f-modal", minDegree: "kg-f-degree", top: "kg-f-top", merge: "kg-f-merge",
    from: "kg-f-from", to: "kg-f-to", undated: "kg-f-undated",
    size: "kg-size", colour: "kg-colour"};
  function showState() {
    Object.keys(controls).forEach(function (name) {
      var control = $(controls[name]);
      if (control.type === "checkbox") control.checked = state[name];
      else control.value = name === "top" && !state.top ? "" : String(state[name]);  // empty: every actor
    });
    $("kg-more").disabled = $("kg-all").disabled = !state.top;
  }
  function readState() {
    Object.keys(controls).forEach(function (name) {
      var control = $(controls[name]);
      if (control.type === "checkbox") state[name] = control.checked;
      else if (name === "minDegree") state[name] = Math.max(1, parseInt(control.value, 10) || 1);
      else if (name === "top") state[name] = Math.max(0, parseInt(control.value, 10) || 0);
      else state[name] = control.value;
    });
  }
  function legend() {
    var community = state.colour === "community";
    $("kg-legend-type").hidden = community;
    $("kg-legend-community").hidden = !community;
    var top = data.nodes.reduce(function (best, n) {
      var key = state.size === "degree" ? n.kg_degree : n.kg_pagerank;
      return best === null || key > best[0] ? [key, n.label] : best;
    }, null);
    $("kg-legend-size").textContent = (state.size === "degree"
      ? "Size: degree (statements an actor takes part in, 1 to " + maxDegree + ")"
      : "Size: PageRank (importance: acted on or spoken of by important actors)") +
      (top ? "; largest: " + top[1] : "") + ". ×N on an edge: N statements merged; click it to list them" +
      " (and draw up to " + EXPAND_LIMIT + " apart); edge labels show for a selected actor or zoomed in" +
      (state.merge === "event" ? "; edge width: independent sources reporting the event." : ".");
  }
  (function communityLegend() {
    var ul = $("kg-legend-community");
    ul.appendChild(make("li", "Communities (" + view.community_method + "):"));
    data.communities.forEach(function (c) {
      var li = make("li");
      var swatch = make("span", null, "swatch");
      swatch.style.background = c.colour;
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(c.top + (c.size > 1 ? " + " + (c.size - 1) : "")));
      ul.appendChild(li);
    });
    var other = make("li");
    var swatch = make("span", null, "swatch");
    swatch.style.background = "#9c9c9c";
    other.appendChild(swatch);
    other.appendChild(document.createTextNode("smaller communities"));
    ul.appendChild(other);
  })();

  var form = $("kg-filters");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function changed() {
    var before = state.size + state.colour;
    readState();
    if (state.size + state.colour !== before) { refreshLook(); legend(); return; }
    legend();
    apply();
  }
  form.addEventListener("change", changed);
  $("kg-size").addEventListener("change", changed);
  $("kg-colour").addEventListener("change", changed);
  $("kg-f-reset").addEventListener("click", function () {
    var keep = {size: state.size, colour: state.colour};
    state = Object.assign(defaults(), keep);
    api.state = state;
    pinned.clear();
    expanded.clear();
    showState();
    apply();
  });
  // The first view of a dense graph is its most important actors: "Show more actors" doubles
  // them, "Show all actors" lifts the limit (the Top actors filter says where it stands).
  $("kg-f-top").max = String(data.nodes.length);
  function widen(top) {
    state.top = top >= data.nodes.length ? 0 : top;
    showState();
    apply();
  }
  $("kg-more").addEventListener("click", function () { widen(state.top ? state.top * 2 : 0); });
  $("kg-all").addEventListener("click", function () { widen(0); });
  showState();
  legend();
  timings.controls = performance.now();

  api.apply = function () { readState(); apply(); };
  api.shown = function () { return Object.assign({}, shown); };
  api.selectActor = function (name) { input.value = name; return find(false); };
  api.showNode = showNode;
  api.showPair = function (from, to) { showGroup("pair\u0000" + pairKey(from, to)); };
  api.showEvent = function (id) { showGroup("event\u0000" + id); };
  api.evidenceSource = function () { return source; };
  api.widen = widen;
  api.lastPanel = null;
  api.expandAll = function () {
    statements.forEach(function (st) { expanded.add(groupKey(st)); });
    apply();
  };
})();
