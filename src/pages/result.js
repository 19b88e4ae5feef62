// Shows the result of a ribbon command (title and lines from the query string) as plain text.
(function () {
  var params = new URLSearchParams(window.location.search);
  var title = document.getElementById('title');
  title.textContent = params.get('title') || 'Zielwerk';
  if (params.get('error') === '1') title.className = 'error';
  document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'de';
  var list = document.getElementById('lines');
  params.getAll('line').forEach(function (line) {
    var li = document.createElement('li');
    li.textContent = line;
    list.appendChild(li);
  });
})();
