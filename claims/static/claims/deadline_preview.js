// Shows the window a deadline phrase will get next to the field, before the editor saves.
(function () {
  "use strict";

  // Set by admin/claims/claim/change_form.html; read lazily because this script runs in <head>.
  function previewUrl() {
    var meta = document.querySelector("meta[name='claims-deadline-preview-url']");
    return meta ? meta.content : null;
  }

  function statedOnField(input) {
    // An inline row has its own statement date; the claim form has one for the first statement.
    var row = input.closest("tr");
    var field = row && row.querySelector("input[name$='stated_on']");
    return field || document.getElementById("id_stated_on");
  }

  function output(input) {
    var out = input.parentNode.querySelector(".deadline-preview");
    if (!out) {
      out = document.createElement("div");
      out.className = "deadline-preview help";
      out.setAttribute("aria-live", "polite");
      input.parentNode.appendChild(out);
    }
    return out;
  }

  function show(out, text, isError) {
    out.style.color = isError ? "#b22222" : "#2e6b3e";
    out.textContent = text;
  }

  function preview(input) {
    var url = previewUrl();
    if (!url) return;
    var out = output(input);
    if (!input.value.trim()) { out.textContent = ""; return; }
    var stated = statedOnField(input);
    var params = new URLSearchParams({text: input.value, stated_on: stated ? stated.value : ""});
    // Answers can arrive out of order while the editor types: only the latest one is shown.
    var request = (input._previewRequest || 0) + 1;
    input._previewRequest = request;
    fetch(url + "?" + params.toString(), {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (request !== input._previewRequest) return;
        if (data.error) { show(out, data.error, true); return; }
        show(out, "Window: " + data.window + " (" + data.qualifier + ", " + data.precision + ", " + data.language + ")", false);
      })
      .catch(function () {
        if (request === input._previewRequest) show(out, "Preview unavailable; the deadline is checked on save.", true);
      });
  }

  function schedule(input) {
    clearTimeout(input._previewTimer);
    input._previewTimer = setTimeout(function () { preview(input); }, 250);
  }

  function isDeadlineText(element) {
    return element.classList && element.classList.contains("deadline-text");
  }

  document.addEventListener("input", function (event) {
    if (isDeadlineText(event.target)) schedule(event.target);
  });

  // A changed statement date changes relative deadlines ("within 18 months"): preview again.
  document.addEventListener("change", function (event) {
    var name = event.target.name || "";
    if (!/stated_on$/.test(name)) return;
    var row = event.target.closest("tr");
    var scope = row || document;
    Array.prototype.forEach.call(scope.querySelectorAll(".deadline-text"), function (input) {
      if (input.value.trim() && statedOnField(input) === event.target) schedule(input);
    });
  });
})();
