// The graph viewer: filters, search, panels and edge merging over the JSON data block.
// Edges are drawn one per event (the reports of one real-world event merged, width by the number
// of independent sources), one per actor pair, or one per statement (the "Edges" control).
// Every piece of user text reaches the page through textContent or a vis-network string
// title (shown with innerText): never through innerHTML.
(function () {
  "use strict";
  var timings = {start: performance.now()};  // ms since navigation start, for the README's figures
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var view = data.view;
  var FADED = "rgba(200,200,200,0.35)";

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

  // ---------------------------------------------------------------- indexes
  var actorById = new Map();
  data.nodes.forEach(function (node) { actorById.set(node.id, node); });
  var statements = data.edges; // one per statement
  var eventInfo = data.events || {};  // event id -> {sources, reports, lemma, date}
  var byPair = new Map();
  var byEvent = new Map();
  var byNode = new Map();
  statements.forEach(function (st) {
    var key = pairKey(st.from, st.to);
    if (!byPair.has(key)) byPair.set(key, []);
    byPair.get(key).push(st);
    if (!byEvent.has(st.kg_event_id)) byEvent.set(st.kg_event_id, []);
    byEvent.get(st.kg_event_id).push(st);
    [st.from, st.to].forEach(function (id, i) {
      if (i === 1 && st.to === st.from) return;
      if (!byNode.has(id)) byNode.set(id, []);
      byNode.get(id).push(st);
    });
  });
  var maxDegree = data.nodes.reduce(function (m, n) { return Math.max(m, n.kg_degree); }, 1);

  // ---------------------------------------------------------------- state
  function defaults() {
    return {event: "", lemma: "", type: "", doc: "", negated: true, modal: true, from: "", to: "", undated: true,
      minDegree: view.min_degree, merge: view.merge, size: "pagerank", colour: "type"};
  }
  var state = defaults();
  var pinned = new Set();    // actors found by search stay shown whatever the node filters say
  var expanded = new Set();  // groups (events or pairs) whose merged edge was clicked open
  var visibleNodes = new Set();
  var focusId = null;
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
    return (!state.type || node.kg_type === state.type) && node.kg_degree >= state.minDegree;
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
  function refreshLook(all) {
    var changes = [];
    data.nodes.forEach(function (node) {
      var item = look(node);
      var key = item.color + "|" + item.size + "|" + item.font.color;
      if (all || lookKey.get(node.id) !== key) { lookKey.set(node.id, key); changes.push(item); }
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
    if (kind === "event") return byEvent.get(rest) || [];
    if (kind === "pair") return byPair.get(rest) || [];
    return statements.filter(function (st) { return st.id === rest; });
  }
  function sourcesOf(st) { return (eventInfo[st.kg_event_id] || {sources: 1}).sources; }
  function sourceWidth(sources) { return Math.min(8, 1 + 1.5 * (sources - 1)); }
  function outlet(docId) {
    var doc = data.documents[docId] || {};
    if (doc.url) { try { return new URL(doc.url).hostname.replace(/^www\./, ""); } catch (e) { /* not a URL */ } }
    return doc.title || docId;
  }
  function statementEdge(st) {
    var item = {id: st.id, from: st.from, to: st.to, label: st.label, title: st.title, dashes: st.dashes,
      arrows: "to", kg_group: groupKey(st), kg_count: 1};
    if (state.merge === "event") item.width = sourceWidth(sourcesOf(st));
    if (st.smooth) item.smooth = st.smooth;
    if (st.selfReference) item.selfReference = st.selfReference;
    return item;
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
      var event = eventInfo[first.kg_event_id] || {sources: 1};
      var outlets = new Set(group.map(function (st) { return outlet(st.kg_doc); }));
      lines = [actorById.get(first.from).label + " — " + first.kg_lemma + " — " + actorById.get(first.to).label +
        (event.date ? " (" + event.date + ")" : "") + ": one event, " + plural(group.length, "report") +
        " from " + plural(event.sources, "source") + " (click to expand)"];
      group.forEach(function (st) { lines.push("• " + outlet(st.kg_doc) + ": “" + st.kg_sentence + "”"); });
      width = sourceWidth(Math.max(event.sources, outlets.size));
    } else {
      lines = [actorById.get(first.from).label + " → " + actorById.get(first.to).label + ": " +
        plural(group.length, "statement") + " (click to expand)"];
      group.slice(0, 6).forEach(function (st) {
        lines.push("• " + st.label + ": “" + st.kg_sentence + "”");
      });
      if (group.length > 6) lines.push("… and " + (group.length - 6) + " more in the side panel");
      width = Math.min(8, 1.5 + Math.log2(group.length));
    }
    var item = {id: key, from: first.from, to: first.to, label: label, title: lines.join("\n"),
      dashes: group.every(function (st) { return st.kg_negated; }), arrows: "to",
      width: width, kg_group: key, kg_count: group.length};
    if (first.from === first.to) item.selfReference = {size: 20, angle: Math.PI / 4};
    return item;
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
  function signature(edge) {
    return [edge.label, edge.kg_count, edge.dashes, edge.width, edge.title].join("\u0000");
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

  // ---------------------------------------------------------------- focus and panel
  function setFocus(id) {
    focusId = id;
    neighbours = new Set();
    if (id !== null) {
      edges.forEach(function (edge) {
        if (edge.from === id) neighbours.add(edge.to);
        if (edge.to === id) neighbours.add(edge.from);
      });
    }
    refreshLook(false);
  }

  // The relation as the sentence said it. Its words usually carry the negation already ("not meet
  // with", "never met"); "not" is added only when they do not.
  var NEGATION = /(^|\s)(not|never|no|neither|nor)(\s|$)|n't(\s|$)/i;
  function relationText(st) {
    return (st.kg_negated && !NEGATION.test(st.kg_text) ? "not " : "") + st.kg_text;
  }

  function statementItem(st) {
    var li = make("li");
    li.setAttribute("data-statement", st.id);
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
  function showPanel(title, meta, list) {
    $("kg-panel").hidden = false;
    $("kg-panel-title").textContent = title;
    $("kg-panel-meta").textContent = meta;
    var ol = $("kg-panel-list");
    clear(ol);
    var fragment = document.createDocumentFragment();
    list.forEach(function (st) { fragment.appendChild(statementItem(st)); });
    ol.appendChild(fragment);
  }
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
    showPanel(node.label, meta, list);
  }
  function showGroup(key) {
    var list = groupStatements(key);
    if (!list.length) return;
    panelGroup = key;
    $("kg-panel-collapse").hidden = !expanded.has(key);
    var title = actorById.get(list[0].from).label + " → " + actorById.get(list[0].to).label;
    var meta = plural(list.length, "statement") + hiddenNote(list);
    if (key.indexOf("event\u0000") === 0) {
      var event = eventInfo[list[0].kg_event_id] || {sources: 1};
      meta = "one event · " + plural(list.length, "report") + " · " + plural(event.sources, "source") +
        (event.date ? " · " + event.date : "") + hiddenNote(list);
    }
    showPanel(title, meta, list);
  }
  function selectNode(id) {
    setFocus(id);
    showNode(id);
  }
  network.on("click", function (params) {
    if (params.nodes.length) {
      selectNode(params.nodes[0]);
    } else if (params.edges.length) {
      var edge = edges.get(params.edges[0]);
      if (!edge) return;
      if (edge.kg_count > 1) { expanded.add(edge.kg_group); apply(); }
      setFocus(null);
      showGroup(edge.kg_group);
    } else if (focusId !== null) {
      setFocus(null);
    }
  });
  $("kg-panel-close").addEventListener("click", function () {
    $("kg-panel").hidden = true;
    panelGroup = null;
    setFocus(null);
  });
  $("kg-panel-collapse").addEventListener("click", function () {
    if (panelGroup === null) return;
    expanded.delete(panelGroup);
    $("kg-panel-collapse").hidden = true;
    apply();
  });

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
  input.addEventListener("input", function () { find(true); });
  input.addEventListener("keydown", function (event) { if (event.key === "Enter") find(false); });

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
    negated: "kg-f-negated", modal: "kg-f-modal", minDegree: "kg-f-degree", merge: "kg-f-merge",
    from: "kg-f-from", to: "kg-f-to", undated: "kg-f-undated",
    size: "kg-size", colour: "kg-colour"};
  function showState() {
    Object.keys(controls).forEach(function (name) {
      var control = $(controls[name]);
      if (control.type === "checkbox") control.checked = state[name];
      else control.value = String(state[name]);
    });
  }
  function readState() {
    Object.keys(controls).forEach(function (name) {
      var control = $(controls[name]);
      if (control.type === "checkbox") state[name] = control.checked;
      else if (name === "minDegree") state[name] = Math.max(1, parseInt(control.value, 10) || 1);
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
      (top ? "; largest: " + top[1] : "") + ". ×N on an edge: N statements merged, click to expand" +
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
    if (state.size + state.colour !== before) { refreshLook(false); legend(); return; }
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
  showState();
  legend();

  api.apply = function () { readState(); apply(); };
  api.shown = function () { return Object.assign({}, shown); };
  api.selectActor = function (name) { input.value = name; return find(false); };
  api.showNode = showNode;
  api.showPair = function (from, to) { showGroup("pair\u0000" + pairKey(from, to)); };
  api.showEvent = function (id) { showGroup("event\u0000" + id); };
  api.expandAll = function () {
    statements.forEach(function (st) { expanded.add(groupKey(st)); });
    apply();
  };
})();
