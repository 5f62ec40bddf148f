// The public dashboard, drawn from the REST API: scorecards, a timeline of promises, and the
// overdue list. Chart.js is vendored under static/vendor/chartjs (see docs/dashboard.md).
// The organisation filter narrows the whole page and is kept in the address (?organisation=).
// Chart rows are keyed by claim id; every row, bar and mark opens the claim's page, and each
// row's label is a real link laid over the chart (Tab reaches it; focus shows its tooltip).
// Words go through Django's JavaScript catalogue (/jsi18n/, locale/*/djangojs.po); without it
// the page still works, in English.
(function () {
  "use strict";
  var gettext = window.gettext || function (text) { return text; };
  var interpolate = window.interpolate || function (format, values, named) {
    return format.replace(/%\((\w+)\)s/g, function (_, key) { return String(values[key]); });
  };
  // Named placeholders, so a translation may reorder them.
  function format(text, values) { return interpolate(text, values, true); }
  var body = document.body;
  var API = body.dataset.api;
  var TODAY = Date.parse(body.dataset.today + "T00:00:00Z");
  var DAY = 86400000;
  var COLOURS = {window: "#0969da", restated: "#8250df", kept: "#1a7f37", late: "#bf8700",
                 lateEdge: "#7d4e00", missed: "#cf222e"};
  // The overdue list's status names (the API gives the codes).
  var STATUS_NAMES = {overdue: gettext("overdue"), missed: gettext("missed")};
  var chart = null;
  var organisations = [];
  var claimsById = {};

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function time(date) { return date ? Date.parse(date + "T00:00:00Z") : null; }
  function iso(value) { return new Date(value).toISOString().slice(0, 10); }
  function percent(share) { return share === null ? "—" : Math.round(share * 100) + "%"; }
  function days(value) {
    return value === null ? gettext("no data") : format(gettext("%(days)s d"), {days: Math.round(value)});
  }
  // A share with the count it rests on; "no data (n = 0)" when nothing is decided yet.
  function counted(value, n) { return n ? value + " (n = " + n + ")" : gettext("no data (n = 0)"); }
  function rate(r) { return counted(percent(r.share), r.n); }
  function spread(d, key) { return counted(days(d[key]), d.n); }
  function say(message) { var box = $("status-message"); box.textContent = message; box.hidden = false; }
  function pageOf(claim) { return "/claims/" + claim.id + "/"; }
  function fullText(claim) { return claim.organisation.name + ": " + claim.statement; }
  function selected() { return $("organisation-filter").value; }

  function get(path) {
    return fetch(API + path, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) {
            var detail = data.detail || response.statusText;
            if (data.errors) detail += ": " + JSON.stringify(data.errors);
            throw new Error(detail);
          }
          return data;
        });
      });
  }

  // --- Scorecards --------------------------------------------------------------------
  function drawScorecards() {
    var box = $("scorecards");
    box.textContent = "";
    var slug = selected();
    var shown = organisations.filter(function (o) { return !slug || o.slug === slug; });
    shown.forEach(function (organisation) {
      var card = organisation.scorecard;
      var counts = card.by_status;
      var settled = card.settled;
      function share(count) { return settled ? count / settled : null; }
      var article = el("article", {"class": "scorecard", "data-slug": organisation.slug});
      var title = el("h3");
      title.appendChild(el("a", {href: "/organisations/" + organisation.slug + "/"}, organisation.name));
      article.appendChild(title);
      var parts = [["on-time", share(counts.fulfilled_on_time)],
                   ["late", share(counts.fulfilled_late)], ["missed", share(counts.missed)]];
      var bar = el("div", {"class": "shares", role: "img", "aria-label": settled
        ? format(gettext("%(on_time)s kept on time, %(late)s kept late, %(missed)s missed, of %(settled)s settled"),
                 {on_time: percent(parts[0][1]), late: percent(parts[1][1]),
                  missed: percent(parts[2][1]), settled: settled})
        : gettext("no settled promise yet")});
      parts.forEach(function (part) {
        var span = el("span", {"class": part[0]});
        span.style.width = ((part[1] || 0) * 100) + "%";  // CSSOM: allowed by the policy
        bar.appendChild(span);
      });
      article.appendChild(bar);
      var list = el("dl");
      [[gettext("Promises"), card.claims],
       [gettext("Kept on time"), counts.fulfilled_on_time],
       [gettext("Kept late"), counts.fulfilled_late],
       [gettext("Missed"), counts.missed],
       [gettext("First deadline met"), rate(card.on_time_first)],
       [gettext("Deadline in force met"), rate(card.on_time_in_force)],
       [gettext("Days late, median"), spread(card.days_late, "median")],
       [gettext("Days late, 90th percentile"), spread(card.days_late, "p90")],
       [gettext("Missed their first deadline"), card.missed_first_deadline],
       [gettext("Restated to a later date"), card.restated],
       [gettext("Open and past deadline"), card.open_overdue]].forEach(function (row) {
        list.appendChild(el("dt", {}, row[0]));
        list.appendChild(el("dd", {}, String(row[1])));
      });
      article.appendChild(list);
      box.appendChild(article);
    });
    if (!shown.length) box.appendChild(el("p", {}, gettext("No promises recorded yet.")));
  }

  function fillFilter() {
    var select = $("organisation-filter");
    organisations.forEach(function (organisation) {
      select.appendChild(el("option", {value: organisation.slug}, organisation.name));
    });
    var wanted = body.dataset.organisation;
    if (wanted && !organisations.some(function (o) { return o.slug === wanted; })) {
      // Kept so the API names the unknown value in its answer.
      select.appendChild(el("option", {value: wanted}, wanted));
    }
    select.value = wanted || "";
  }

  // --- Timeline chart ----------------------------------------------------------------
  var todayLine = {
    id: "todayLine",
    afterDatasetsDraw: function (c) {
      var x = c.scales.x.getPixelForValue(TODAY);
      if (x < c.chartArea.left || x > c.chartArea.right) return;
      var ctx = c.ctx;
      ctx.save();
      ctx.strokeStyle = COLOURS.missed; ctx.setLineDash([4, 4]); ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(x, c.chartArea.top); ctx.lineTo(x, c.chartArea.bottom); ctx.stroke();
      ctx.setLineDash([]); ctx.fillStyle = COLOURS.missed; ctx.font = "12px sans-serif";
      ctx.fillText(gettext("today"), x + 4, c.chartArea.top + 12);
      ctx.restore();
    }
  };

  // Row labels: links over the chart's left margin, placed on each row's centre.
  var rowLinks = {
    id: "rowLinks",
    afterLayout: function (c) {
      var list = $("timeline-rows");
      Array.prototype.forEach.call(list.children, function (item) {
        var y = c.scales.y.getPixelForValue(c.data.labels.indexOf(item.dataset.claim));
        item.style.top = y + "px";
      });
    }
  };

  // A window as [first day, day after the last]; "not before ..." (no end) runs to the edge.
  var HORIZON = TODAY + 2 * 365 * DAY;
  function span(window_, statedOn) {
    var end = time(window_.end), start = time(window_.start);
    if (end === null) return start === null ? null : [start, Math.max(start, HORIZON)];
    start = start || time(window_.stated_on || statedOn);
    return [Math.min(start, end), end + DAY];
  }

  function labelWidth() { return window.innerWidth < 640 ? 120 : 240; }

  function openClaimAt(c, event, elements) {
    var key = null;
    if (elements.length) {
      key = c.data.datasets[elements[0].datasetIndex].data[elements[0].index].y;
    } else {
      var index = Math.round(c.scales.y.getValueForPixel(event.y));
      key = c.data.labels[index];
    }
    if (key && claimsById[key]) window.location.assign(pageOf(claimsById[key]));
  }

  function showTooltipFor(key) {
    if (!chart) return;
    for (var d = 0; d < chart.data.datasets.length; d++) {
      var points = chart.data.datasets[d].data;
      for (var i = 0; i < points.length; i++) {
        if (points[i].y === key) {
          var element = chart.getDatasetMeta(d).data[i];
          var at = element.tooltipPosition ? element.tooltipPosition() : {x: element.x, y: element.y};
          chart.tooltip.setActiveElements([{datasetIndex: d, index: i}], at);
          chart.setActiveElements([{datasetIndex: d, index: i}]);
          chart.update();
          return;
        }
      }
    }
  }

  function hideTooltip() {
    if (!chart) return;
    chart.tooltip.setActiveElements([], {x: 0, y: 0});
    chart.setActiveElements([]);
    chart.update();
  }

  function drawRowLinks(claims) {
    var list = $("timeline-rows");
    list.textContent = "";
    list.style.setProperty("--label-width", labelWidth() + "px");
    claims.forEach(function (claim) {
      var key = String(claim.id);
      var item = el("li", {"data-claim": key});
      var link = el("a", {href: pageOf(claim), title: fullText(claim)}, fullText(claim));
      link.addEventListener("focus", function () { showTooltipFor(key); });
      link.addEventListener("blur", hideTooltip);
      link.addEventListener("mouseenter", function () { showTooltipFor(key); });
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  // Ticks on 1 January of each year (every other year when they would crowd a phone).
  function yearTicks(axis) {
    var first = new Date(axis.min).getUTCFullYear() + 1, last = new Date(axis.max).getUTCFullYear();
    var step = (last - first > 6 && window.innerWidth < 640) ? 2 : 1;
    var ticks = [];
    for (var year = first; year <= last; year += step) ticks.push({value: Date.UTC(year, 0, 1)});
    axis.ticks = ticks;
  }

  function drawTimeline(claims) {
    claimsById = {};
    var labels = [], original = [], current = [], restated = [], kept = [], late = [], missed = [];
    claims.forEach(function (claim) {
      var y = String(claim.id);
      claimsById[y] = claim;
      labels.push(y);
      var first = span(claim.original_deadline, claim.stated_on);
      var now = span(claim.current_deadline, claim.stated_on);
      if (first) original.push({x: first, y: y});
      if (now) current.push({x: now, y: y});
      // Restatements (corrections of a statement are not), on the day each was stated.
      claim.revisions.filter(function (r) { return !r.corrects; }).slice(1).forEach(function (r) {
        restated.push({x: time(r.stated_on), y: y, text: r.text});
      });
      if (claim.outcome.outcome === "fulfilled" && claim.outcome.on) {
        (claim.status === "fulfilled_late" ? late : kept).push({x: time(claim.outcome.on), y: y});
      }
      if (claim.status === "missed" && claim.current_deadline.end) {
        missed.push({x: time(claim.current_deadline.end), y: y});
      }
    });
    drawRowLinks(claims);
    // Bar charts start their value axis at zero (1970) unless told: fit it to the data.
    var edges = [TODAY];
    original.concat(current).forEach(function (bar) { edges.push(bar.x[0], bar.x[1]); });
    restated.concat(kept, late, missed).forEach(function (point) { edges.push(point.x); });
    var xMin = Math.min.apply(null, edges) - 180 * DAY;
    var xMax = Math.max(HORIZON, Math.max.apply(null, edges) + 90 * DAY);
    var box = $("timeline-box");
    box.style.height = Math.max(240, labels.length * 34 + 110) + "px";
    var config = {
      type: "bar",
      data: {labels: labels, datasets: [
        {label: gettext("Promised window"), data: original, backgroundColor: "rgba(9,105,218,0.25)",
         borderColor: COLOURS.window, borderWidth: 1, barPercentage: 0.9, grouped: false},
        {label: gettext("Window in force"), data: current, backgroundColor: COLOURS.window,
         borderColor: COLOURS.window, barPercentage: 0.45, grouped: false},
        {type: "scatter", label: gettext("Restatement (day stated)"), data: restated, pointStyle: "rectRot",
         pointRadius: 6, backgroundColor: COLOURS.restated, borderColor: COLOURS.restated},
        {type: "scatter", label: gettext("Kept on time"), data: kept, pointStyle: "circle", pointRadius: 6,
         backgroundColor: COLOURS.kept, borderColor: COLOURS.kept},
        {type: "scatter", label: gettext("Kept late"), data: late, pointStyle: "triangle", pointRadius: 8,
         backgroundColor: COLOURS.late, borderColor: COLOURS.lateEdge, borderWidth: 1},
        {type: "scatter", label: gettext("Missed"), data: missed, pointStyle: "crossRot", pointRadius: 8,
         backgroundColor: COLOURS.missed, borderColor: COLOURS.missed, borderWidth: 3}
      ]},
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        parsing: {xAxisKey: "x", yAxisKey: "y"},
        layout: {padding: {left: labelWidth()}},
        onClick: function (event, elements) { openClaimAt(this, event, elements); },
        onHover: function (event, elements) {
          event.native.target.style.cursor = "pointer";
        },
        scales: {
          x: {type: "linear", position: "top", beginAtZero: false, min: xMin, max: xMax,
              afterBuildTicks: yearTicks,
              ticks: {callback: function (value) { return String(new Date(value).getUTCFullYear()); }}},
          y: {type: "category", labels: labels, ticks: {display: false}}
        },
        plugins: {
          // Legend swatches drawn with each dataset's own point style and colours.
          legend: {position: "bottom", labels: {usePointStyle: true}},
          tooltip: {callbacks: {
            title: function (items) {
              var claim = items.length && claimsById[items[0].raw.y];
              return claim ? fullText(claim) : "";
            },
            label: function (item) {
              var raw = item.raw;
              if (Array.isArray(raw.x)) {
                return item.dataset.label + ": " + format(gettext("%(start)s to %(end)s"),
                  {start: iso(raw.x[0]), end: iso(raw.x[1] - DAY)});
              }
              return item.dataset.label + ": " + iso(raw.x) + (raw.text ? " (" + raw.text + ")" : "");
            }
          }}
        }
      },
      plugins: [todayLine, rowLinks]
    };
    if (chart) chart.destroy();
    chart = new window.Chart($("timeline-chart"), config);
  }

  function withOrganisation(query) {
    var slug = selected();
    return query + (slug ? "&organisation=" + encodeURIComponent(slug) : "");
  }

  function loadTimeline() {
    return get(withOrganisation("claims/?page_size=50&ordering=deadline")).then(function (page) {
      drawTimeline(page.results.filter(function (c) {
        return c.current_deadline.end || c.current_deadline.start;
      }));
    });
  }

  // --- Overdue and recently missed ---------------------------------------------------
  function drawOverdue(claims) {
    var list = $("overdue-list");
    list.textContent = "";
    claims.forEach(function (claim) {
      var item = el("li", {"data-claim": String(claim.id)});
      item.appendChild(el("span", {"class": "status status-" + claim.status},
        STATUS_NAMES[claim.status] || claim.status));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("a", {href: pageOf(claim)}, fullText(claim)));
      var late = Math.round((TODAY - time(claim.current_deadline.end)) / DAY);
      item.appendChild(el("span", {"class": "meta"}, format(
        gettext("Deadline %(end)s (%(text)s), %(days)s days ago"),
        {end: claim.current_deadline.end, text: claim.current_deadline.text || "", days: late})));
      list.appendChild(item);
    });
    if (!claims.length) list.appendChild(el("li", {}, gettext("Nothing overdue or recently missed.")));
  }

  function loadOverdue() {
    var since = new Date(TODAY - 365 * DAY).toISOString().slice(0, 10);
    return get(withOrganisation(
      "claims/?status=overdue&status=missed&ordering=-deadline&page_size=50&deadline_after=" + since
    )).then(function (page) { drawOverdue(page.results); });
  }

  function refresh() {
    drawScorecards();
    return Promise.all([loadTimeline(), loadOverdue()]);
  }

  function start() {
    if (!window.Chart) { say(gettext("The chart library did not load.")); return; }
    $("organisation-filter").addEventListener("change", function () {
      var slug = selected();
      var address = window.location.pathname + (slug ? "?organisation=" + encodeURIComponent(slug) : "");
      window.history.replaceState(null, "", address);
      delete body.dataset.ready;
      refresh().then(function () { body.dataset.ready = "true"; })
        .catch(function (error) { say(error.message); body.dataset.ready = "error"; });
    });
    get("organisations/?has_claims=true&page_size=100")
      .then(function (page) { organisations = page.results; fillFilter(); return refresh(); })
      .then(function () { body.dataset.ready = "true"; })
      .catch(function (error) { say(gettext("The ledger could not be loaded:") + " " + error.message); body.dataset.ready = "error"; });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
