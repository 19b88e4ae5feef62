// Shows the result of a ribbon command (title and lines from the query string) as plain text.
// ECMAScript 5 like the guard script, and without URLSearchParams, so any engine shows it.
(function () {
  function params(query) {
    var out = {};
    var pairs = query.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      if (!pairs[i]) continue;
      var eq = pairs[i].indexOf('=');
      var key = decode(eq < 0 ? pairs[i] : pairs[i].slice(0, eq));
      var value = eq < 0 ? '' : decode(pairs[i].slice(eq + 1));
      (out[key] = out[key] || []).push(value);
    }
    return out;
  }
  function decode(s) {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch (e) {
      return s;
    }
  }
  var q = params(window.location.search);
  var first = function (key) {
    return q[key] ? q[key][0] : null;
  };
  var title = document.getElementById('title');
  title.textContent = first('title') || 'Zielwerk';
  if (first('error') === '1') title.className = 'error';
  document.documentElement.lang = first('lang') === 'en' ? 'en' : 'de';
  var list = document.getElementById('lines');
  var lines = q.line || [];
  for (var i = 0; i < lines.length; i++) {
    var li = document.createElement('li');
    li.textContent = lines[i];
    list.appendChild(li);
  }
  // the guard script (guard.js) leaves the page alone
  document.documentElement.setAttribute('data-zielwerk', 'started');
})();
