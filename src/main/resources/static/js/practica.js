// Navbar toggle on small screens, and the CSRF token on every htmx request.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-toggle-target]').forEach(function (button) {
        button.addEventListener('click', function () {
            document.querySelector(button.getAttribute('data-toggle-target')).classList.toggle('show');
        });
    });
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
// Navbar dropdowns: a click on a [data-dropdown] button opens its menu; any other click or Escape closes it.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-dropdown]');
    document.querySelectorAll('[data-dropdown][aria-expanded="true"]').forEach(function (open) {
        if (open !== toggle) {
            open.setAttribute('aria-expanded', 'false');
            open.nextElementSibling.classList.remove('show');
        }
    });
    if (toggle) {
        var shown = toggle.nextElementSibling.classList.toggle('show');
        toggle.setAttribute('aria-expanded', shown ? 'true' : 'false');
    }
});
document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
        document.querySelectorAll('[data-dropdown][aria-expanded="true"]').forEach(function (open) {
            open.setAttribute('aria-expanded', 'false');
            open.nextElementSibling.classList.remove('show');
            open.focus();
        });
    }
});
