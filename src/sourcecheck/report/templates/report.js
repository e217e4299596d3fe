"use strict";
// Filter the cards by status and by the reviewer's verdict (one of each at a time, or all)
// and by words typed in the search box. The page works without this script: every card is
// shown and the controls stay hidden. A filtered view is a link: #status=close&review=misquoted.
(function () {
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var groups = {
    status: Array.prototype.slice.call(document.querySelectorAll("button[data-filter]")),
    review: Array.prototype.slice.call(document.querySelectorAll("button[data-review-filter]"))
  };
  var attributes = { status: "data-filter", review: "data-review-filter" };
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");
  var texts = cards.map(function (card) {
    return card.textContent.replace(/\s+/g, " ").toLowerCase();
  });
  var current = { status: "all", review: "all" };

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    cards.forEach(function (card, i) {
      var visible = (current.status === "all" || card.getAttribute("data-status") === current.status) &&
        (current.review === "all" || card.getAttribute("data-review") === current.review) &&
        words.every(function (word) { return texts[i].indexOf(word) !== -1; });
      card.hidden = !visible;
      if (visible) { count += 1; }
    });
    Object.keys(groups).forEach(function (group) {
      groups[group].forEach(function (button) {
        var pressed = button.getAttribute(attributes[group]) === current[group];
        button.setAttribute("aria-pressed", pressed ? "true" : "false");
      });
    });
    shown.textContent = String(count);
    none.hidden = count !== 0 || cards.length === 0;
  }

  function known(group, value) {
    return groups[group].some(function (b) { return b.getAttribute(attributes[group]) === value; });
  }

  function remember() {
    if (!(window.history && window.history.replaceState)) { return; }
    var parts = [];
    if (current.status !== "all") { parts.push("status=" + current.status); }
    if (current.review !== "all") { parts.push("review=" + current.review); }
    window.history.replaceState(null, "", "#" + parts.join("&"));
  }

  function choose(group, value, save) {
    current[group] = known(group, value) ? value : "all";
    if (save) { remember(); }
    apply();
  }

  Object.keys(groups).forEach(function (group) {
    groups[group].forEach(function (button) {
      button.addEventListener("click", function () {
        choose(group, button.getAttribute(attributes[group]), true);
      });
    });
  });
  search.addEventListener("input", apply);
  document.getElementById("controls").hidden = false;
  var asked = {};
  window.location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var match = /^(status|review)=([a-z_]+)$/.exec(pair);
    if (match) { asked[match[1]] = match[2]; }
  });
  current.review = known("review", asked.review) ? asked.review : "all";
  choose("status", asked.status || "all", false);
})();
