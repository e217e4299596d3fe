"use strict";
// Filter the cards by status (one at a time, or all) and by words typed in the search box.
// The page works without this script: every card is shown and the controls stay hidden.
(function () {
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button[data-filter]"));
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");
  var texts = cards.map(function (card) {
    return card.textContent.replace(/\s+/g, " ").toLowerCase();
  });
  var current = "all";

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    cards.forEach(function (card, i) {
      var visible = (current === "all" || card.getAttribute("data-status") === current) &&
        words.every(function (word) { return texts[i].indexOf(word) !== -1; });
      card.hidden = !visible;
      if (visible) { count += 1; }
    });
    buttons.forEach(function (button) {
      var pressed = button.getAttribute("data-filter") === current;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
    });
    shown.textContent = String(count);
    none.hidden = count !== 0 || cards.length === 0;
  }

  function choose(status, remember) {
    var known = buttons.some(function (b) { return b.getAttribute("data-filter") === status; });
    current = known ? status : "all";
    if (remember && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", current === "all" ? "#" : "#status=" + current);
    }
    apply();
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      choose(button.getAttribute("data-filter"), true);
    });
  });
  search.addEventListener("input", apply);
  document.getElementById("controls").hidden = false;
  var match = /^#status=([a-z_]+)$/.exec(window.location.hash);
  choose(match ? match[1] : "all", false);
})();
