// Restates each deadline in the reader's own time zone; without script the action's zone stays shown.
document.querySelectorAll('time[data-local-time]').forEach(function (element) {
  var instant = new Date(element.getAttribute('datetime'));
  var format = new Intl.DateTimeFormat(document.documentElement.lang, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  element.textContent = format.format(instant);
});
