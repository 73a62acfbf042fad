// Every htmx request carries the CSRF token the page was rendered with (no inline script: the CSP forbids it).
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector("header.site[data-csrf-header]");
    if (header && header.dataset.csrfToken) {
        event.detail.headers[header.dataset.csrfHeader] = header.dataset.csrfToken;
    }
});
