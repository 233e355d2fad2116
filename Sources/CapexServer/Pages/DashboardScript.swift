/// The dashboard's own JavaScript, inlined into each page: sortable tables, and forms that
/// recompute as their values change. The pages work without it (forms submit normally).
enum DashboardScript {
    static let source = """
    (function () {
      function sortTable(th) {
        var table = th.closest('table'), body = table.tBodies[0];
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index], y = b.cells[index];
          var u = x && x.dataset.value !== undefined ? parseFloat(x.dataset.value) : NaN;
          var v = y && y.dataset.value !== undefined ? parseFloat(y.dataset.value) : NaN;
          var order;
          if (isNaN(u) && isNaN(v)) { order = (x ? x.textContent : '').localeCompare(y ? y.textContent : ''); }
          else if (isNaN(u)) { return 1; } else if (isNaN(v)) { return -1; } else { order = u - v; }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      function bindTables(root) {
        root.querySelectorAll('table.sortable th').forEach(function (th) {
          th.addEventListener('click', function () { sortTable(th); });
        });
      }
      function bindLiveForm(form) {
        var target = document.getElementById(form.dataset.target);
        var status = form.querySelector('.status');
        var timer = null, sequence = 0;
        function showValues() {
          form.querySelectorAll('output[for]').forEach(function (output) {
            var input = form.elements[output.htmlFor];
            if (input) { output.textContent = input.value; }
          });
        }
        function recompute() {
          var query = new URLSearchParams(new FormData(form)).toString();
          var mine = ++sequence, started = performance.now();
          if (status) { status.textContent = 'Computing…'; }
          fetch(form.dataset.live + '?' + query, { headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.text().then(function (text) { return { ok: response.ok, text: text }; }); })
            .then(function (answer) {
              if (mine !== sequence) { return; }
              target.innerHTML = answer.text;
              bindTables(target);
              history.replaceState(null, '', location.pathname + '?' + query);
              if (status) { status.textContent = answer.ok ? 'Recomputed in ' + Math.round(performance.now() - started) + ' ms.' : 'Not recomputed: see the message below.'; }
            })
            .catch(function () { if (status) { status.textContent = 'The server did not answer.'; } });
        }
        form.addEventListener('input', function (event) {
          if (event.target.dataset.reload !== undefined) { form.submit(); return; }
          showValues(); clearTimeout(timer); timer = setTimeout(recompute, 120); });
        form.addEventListener('submit', function (event) { event.preventDefault(); recompute(); });
        showValues();
      }
      bindTables(document);
      document.querySelectorAll('form[data-live]').forEach(bindLiveForm);
    })();
    """
}
