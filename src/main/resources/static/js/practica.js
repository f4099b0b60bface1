// The CSRF token on every htmx request. (The navbar's collapse and dropdowns are Bootstrap's own.)
document.addEventListener('DOMContentLoaded', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        document.body.addEventListener('htmx:configRequest', function (event) {
            event.detail.headers[header.content] = token.content;
        });
    }
});
// "Select all" on the verification queue.
document.addEventListener('change', function (event) {
    if (event.target.id === 'select-all') {
        document.querySelectorAll('input.entry').forEach(function (box) { box.checked = event.target.checked; });
    }
});
// A destructive button asks first: its data-confirm holds the question, already translated.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
