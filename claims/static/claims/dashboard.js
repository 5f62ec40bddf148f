// The public dashboard, drawn from the REST API: scorecards, a timeline of promises, and the
// overdue list. Chart.js is vendored under static/vendor/chartjs (see docs/dashboard.md).
(function () {
  "use strict";
  var body = document.body;
  var API = body.dataset.api;
  var TODAY = Date.parse(body.dataset.today + "T00:00:00Z");
  var DAY = 86400000;
  var chart = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function time(date) { return date ? Date.parse(date + "T00:00:00Z") : null; }
  function percent(share) { return share === null ? "—" : Math.round(share * 100) + "%"; }
  function days(value) { return value === null ? "no data" : Math.round(value) + " d"; }
  // A share with the count it rests on; "no data" when nothing is decided yet.
  function rate(r) { return r.n ? percent(r.share) + " of " + r.n : "no data"; }
  function spread(d, key) { return d.n ? days(d[key]) + " (n=" + d.n + ")" : "no data"; }
  function say(message) { var box = $("status-message"); box.textContent = message; box.hidden = false; }

  function get(path) {
    return fetch(API + path, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) throw new Error(data.detail || response.statusText);
          return data;
        });
      });
  }

  // --- Scorecards --------------------------------------------------------------------
  function drawScorecards(organisations) {
    var box = $("scorecards");
    box.textContent = "";
    var select = $("organisation-filter");
    organisations.forEach(function (organisation) {
      var card = organisation.scorecard;
      var counts = card.by_status;
      var settled = card.settled;
      function share(count) { return settled ? count / settled : null; }
      var article = el("article", {"class": "scorecard", "data-slug": organisation.slug});
      article.appendChild(el("h3", {}, organisation.name));
      var parts = [["on-time", share(counts.fulfilled_on_time)],
                   ["late", share(counts.fulfilled_late)], ["missed", share(counts.missed)]];
      var bar = el("div", {"class": "shares", role: "img", "aria-label": settled
        ? percent(parts[0][1]) + " kept on time, " + percent(parts[1][1]) + " kept late, " +
          percent(parts[2][1]) + " missed, of " + settled + " settled"
        : "no settled promise yet"});
      parts.forEach(function (part) {
        var span = el("span", {"class": part[0]});
        span.style.width = ((part[1] || 0) * 100) + "%";
        bar.appendChild(span);
      });
      article.appendChild(bar);
      var list = el("dl");
      [["Promises", card.claims],
       ["First deadline met", rate(card.on_time_first)],
       ["Deadline in force met", rate(card.on_time_in_force)],
       ["Days late, median", spread(card.days_late, "median")],
       ["Days late, 90th percentile", spread(card.days_late, "p90")],
       ["Missed their first deadline", card.missed_first_deadline],
       ["Restated to a later date", card.restated],
       ["Open and past deadline", card.open_overdue]].forEach(function (row) {
        list.appendChild(el("dt", {}, row[0]));
        list.appendChild(el("dd", {}, String(row[1])));
      });
      article.appendChild(list);
      box.appendChild(article);
      select.appendChild(el("option", {value: organisation.slug}, organisation.name));
    });
    if (!organisations.length) box.appendChild(el("p", {}, "No promises recorded yet."));
  }

  // --- Timeline chart ----------------------------------------------------------------
  var todayLine = {
    id: "todayLine",
    afterDatasetsDraw: function (c) {
      var x = c.scales.x.getPixelForValue(TODAY);
      if (x < c.chartArea.left || x > c.chartArea.right) return;
      var ctx = c.ctx;
      ctx.save();
      ctx.strokeStyle = "#cf222e"; ctx.setLineDash([4, 4]); ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(x, c.chartArea.top); ctx.lineTo(x, c.chartArea.bottom); ctx.stroke();
      ctx.setLineDash([]); ctx.fillStyle = "#cf222e"; ctx.font = "12px sans-serif";
      ctx.fillText("today", x + 4, c.chartArea.top + 12);
      ctx.restore();
    }
  };

  function label(claim) {
    var text = claim.organisation.name + ": " + claim.statement;
    var max = window.innerWidth < 640 ? 28 : 60;
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  // A window as [first day, day after the last]; "not before ..." (no end) runs to the edge.
  var HORIZON = TODAY + 2 * 365 * DAY;
  function span(window_, statedOn) {
    var end = time(window_.end), start = time(window_.start);
    if (end === null) return start === null ? null : [start, Math.max(start, HORIZON)];
    start = start || time(window_.stated_on || statedOn);
    return [Math.min(start, end), end + DAY];
  }

  function drawTimeline(claims) {
    var labels = [], original = [], current = [], restated = [], kept = [], missed = [];
    claims.forEach(function (claim) {
      var y = label(claim);
      labels.push(y);
      var first = span(claim.original_deadline, claim.stated_on);
      var now = span(claim.current_deadline, claim.stated_on);
      if (first) original.push({x: first, y: y, claim: claim});
      if (now) current.push({x: now, y: y, claim: claim});
      claim.revisions.slice(1).forEach(function (revision) {
        if (revision.end) restated.push({x: time(revision.end), y: y, text: revision.text});
      });
      if (claim.outcome.outcome === "fulfilled" && claim.outcome.on) {
        kept.push({x: time(claim.outcome.on), y: y});
      }
      if (claim.status === "missed" && claim.current_deadline.end) {
        missed.push({x: time(claim.current_deadline.end), y: y});
      }
    });
    // Bar charts start their value axis at zero (1970) unless told: fit it to the data.
    var edges = [TODAY];
    original.concat(current).forEach(function (bar) { edges.push(bar.x[0], bar.x[1]); });
    restated.concat(kept, missed).forEach(function (point) { edges.push(point.x); });
    var xMin = Math.min.apply(null, edges) - 180 * DAY;
    var xMax = Math.max(HORIZON, Math.max.apply(null, edges) + 90 * DAY);
    var box = $("timeline-box");
    box.style.height = Math.max(240, labels.length * 34 + 90) + "px";
    var config = {
      type: "bar",
      data: {labels: labels, datasets: [
        {label: "Promised window", data: original, backgroundColor: "rgba(9,105,218,0.25)",
         borderColor: "#0969da", borderWidth: 1, barPercentage: 0.9, grouped: false},
        {label: "Window in force", data: current, backgroundColor: "rgba(9,105,218,0.8)",
         barPercentage: 0.45, grouped: false},
        {type: "scatter", label: "Restatement", data: restated, pointStyle: "rectRot",
         pointRadius: 6, backgroundColor: "#8250df"},
        {type: "scatter", label: "Kept", data: kept, pointRadius: 6, backgroundColor: "#1a7f37"},
        {type: "scatter", label: "Missed", data: missed, pointStyle: "crossRot", pointRadius: 8,
         borderColor: "#cf222e", borderWidth: 3}
      ]},
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        parsing: {xAxisKey: "x", yAxisKey: "y"},
        scales: {
          x: {type: "linear", position: "top", beginAtZero: false, min: xMin, max: xMax,
              ticks: {maxTicksLimit: window.innerWidth < 640 ? 4 : 10, callback: function (value) {
                return new Date(value).toISOString().slice(0, 7); }}},
          y: {type: "category", labels: labels, ticks: {autoSkip: false}}
        },
        plugins: {
          legend: {position: "bottom"},
          tooltip: {callbacks: {label: function (item) {
            var raw = item.raw;
            if (Array.isArray(raw.x)) {
              return item.dataset.label + ": " + new Date(raw.x[0]).toISOString().slice(0, 10) +
                " to " + new Date(raw.x[1] - DAY).toISOString().slice(0, 10);
            }
            return item.dataset.label + ": " + new Date(raw.x).toISOString().slice(0, 10) +
              (raw.text ? " (" + raw.text + ")" : "");
          }}}
        }
      },
      plugins: [todayLine]
    };
    if (chart) chart.destroy();
    chart = new window.Chart($("timeline-chart"), config);
  }

  function loadTimeline(slug) {
    var query = "claims/?page_size=50&ordering=deadline" + (slug ? "&organisation=" + encodeURIComponent(slug) : "");
    return get(query).then(function (page) {
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
      var item = el("li", {id: "claim-" + claim.id});
      item.appendChild(el("span", {"class": "status status-" + claim.status}, claim.status));
      item.appendChild(document.createTextNode(" " + claim.organisation.name + ": " + claim.statement));
      var late = Math.round((TODAY - time(claim.current_deadline.end)) / DAY);
      item.appendChild(el("span", {"class": "meta"}, "Deadline " + claim.current_deadline.end +
        " (" + (claim.current_deadline.text || "") + "), " + late + " days ago"));
      list.appendChild(item);
    });
    if (!claims.length) list.appendChild(el("li", {}, "Nothing overdue or recently missed."));
  }

  function loadOverdue() {
    var since = new Date(TODAY - 365 * DAY).toISOString().slice(0, 10);
    return get("claims/?status=overdue&status=missed&ordering=-deadline&page_size=50&deadline_after=" + since)
      .then(function (page) { drawOverdue(page.results); });
  }

  function start() {
    if (!window.Chart) { say("The chart library did not load."); return; }
    $("organisation-filter").addEventListener("change", function (event) {
      loadTimeline(event.target.value).catch(function (error) { say(error.message); });
    });
    Promise.all([
      get("organisations/?has_claims=true&page_size=100").then(function (page) { drawScorecards(page.results); }),
      loadTimeline(""),
      loadOverdue()
    ]).then(function () { body.dataset.ready = "true"; })
      .catch(function (error) { say("The ledger could not be loaded: " + error.message); body.dataset.ready = "error"; });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
