// "Copy letter": writes the letter's text to the clipboard. Without script (or clipboard) the text stays selectable.
document.querySelectorAll('button[data-copy-from]').forEach(function (button) {
  var source = document.getElementById(button.getAttribute('data-copy-from'));
  var status = button.nextElementSibling;
  if (!source || !navigator.clipboard || !window.isSecureContext) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(source.value).then(function () {
      status.textContent = button.getAttribute('data-copied');
    }, function () {
      source.select();
      status.textContent = button.getAttribute('data-failed');
    });
  });
});
