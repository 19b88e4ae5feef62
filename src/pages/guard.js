// Zielwerk's guard, the first script of every page that runs one, in ECMAScript 5 so that any browser
// engine runs it (Office 2016/2019, and Office 2021 without WebView2, host add-ins in Internet
// Explorer 11 or EdgeHTML, which cannot read the add-in's bundles).
//
// When the page has loaded (every blocking script has run or failed), the page's bundle must
// have marked <html data-zielwerk="started"> (src/pages/started.ts). If it has not — a syntax
// error, an error while its modules start — the page shows, in German or English, which Excel
// Zielwerk needs, instead of a blank or endlessly loading pane. The build writes the texts in
// from src/core/i18n/pages.ts.
(function () {
  var MESSAGES = /*MESSAGES*/ {};

  function language() {
    var lang = '';
    try {
      lang = window.Office && Office.context && Office.context.displayLanguage;
    } catch (e) {
      lang = '';
    }
    if (!lang) lang = navigator.language || navigator.userLanguage || navigator.browserLanguage || '';
    return /^en/i.test(lang) ? 'en' : 'de';
  }

  function text(key, lang) {
    var entry = MESSAGES[key];
    return entry ? entry[lang] : key;
  }

  function show() {
    var lang = language();
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    document.documentElement.lang = lang;
    var main = document.createElement('main');
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.fontFamily = "'Segoe UI', -apple-system, Roboto, 'Helvetica Neue', sans-serif";
    box.style.color = '#242424';
    var title = document.createElement('h1');
    title.style.fontSize = '18px';
    title.appendChild(document.createTextNode(text('page.unsupported.title', lang)));
    box.appendChild(title);
    var keys = ['page.unsupported.text', 'page.unsupported.engine'];
    for (var i = 0; i < keys.length; i++) {
      var p = document.createElement('p');
      p.appendChild(document.createTextNode(text(keys[i], lang)));
      box.appendChild(p);
    }
    main.appendChild(box);
    body.appendChild(main);
  }

  function check() {
    if (document.documentElement.getAttribute('data-zielwerk') !== 'started') show();
  }

  if (window.addEventListener) window.addEventListener('load', check, false);
  else if (window.attachEvent) window.attachEvent('onload', check);
})();
