// The tracker's copy button: copies the text of the element its data-copy-target names, and says so.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
        return;
    }
    var text = document.getElementById(button.getAttribute('data-copy-target')).textContent.trim();
    var done = function () {
        var label = button.getAttribute('data-copied');
        if (label) {
            button.textContent = label;
        }
    };
    var fallback = function () {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'absolute';
        area.style.left = '-9999px';
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        document.body.removeChild(area);
        done();
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, fallback);
    } else {
        fallback();
    }
});
