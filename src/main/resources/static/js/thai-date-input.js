/*
 * Under each Buddhist-era date input of the workspace, what the server understood from what is being typed:
 * "วันพฤหัสบดีที่ 10 ธันวาคม 2569", or why it cannot be read. The server reads the date, so this shows the same
 * reading the form will be checked with; without JavaScript the form works the same, with the reading after sending.
 */
(function () {
  'use strict';
  var inputs = document.querySelectorAll('input[data-thai-date]');
  Array.prototype.forEach.call(inputs, function (input) {
    var out = document.getElementById(input.id + '-understood');
    if (!out) {
      return;
    }
    var timer = null;
    var ask = function () {
      var text = input.value.trim();
      if (!text) {
        out.textContent = '';
        out.classList.remove('problem');
        return;
      }
      var url = (document.body.getAttribute('data-context') || '') + '/work/dates?kind=' + encodeURIComponent(input.getAttribute('data-thai-date'))
        + '&label=' + encodeURIComponent(input.getAttribute('data-label') || '') + '&text=' + encodeURIComponent(text);
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (reading) {
          if (!reading || input.value.trim() !== text) {
            return;
          }
          out.textContent = reading.understood ? '\u2713 ' + reading.understood : reading.problem;
          out.classList.toggle('problem', !reading.understood);
        })
        .catch(function () { out.textContent = ''; });
    };
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 300);
    });
    input.addEventListener('blur', ask);
    if (input.value.trim()) {
      ask();
    }
  });
}());
