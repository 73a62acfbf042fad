// The review page of a report: choosing a fact scrolls to its sentence in the text and highlights it.
(function () {
    function show(position) {
        document.querySelectorAll("mark.current").forEach(function (mark) { mark.classList.remove("current"); });
        var marks = document.querySelectorAll('mark[data-facts~="' + position + '"]');
        marks.forEach(function (mark) { mark.classList.add("current"); });
        if (marks.length > 0) {
            marks[0].scrollIntoView({behavior: "smooth", block: "center"});
        }
        document.querySelectorAll("article.fact.current").forEach(function (fact) { fact.classList.remove("current"); });
        var fact = document.getElementById("fact-" + position);
        if (fact) {
            fact.classList.add("current");
        }
    }
    document.addEventListener("click", function (event) {
        var button = event.target.closest("button.show-sentence");
        if (button) {
            show(button.dataset.fact);
            return;
        }
        var mark = event.target.closest("mark[data-facts]");
        if (mark) {
            var first = mark.dataset.facts.split(" ")[0];
            show(first);
            var fact = document.getElementById("fact-" + first);
            if (fact) {
                fact.scrollIntoView({behavior: "smooth", block: "nearest"});
            }
        }
    });
})();
