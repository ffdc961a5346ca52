// Save buttons in place: the form posts as it would, asking for JSON, and the button
// changes between Save and Saved. Any failure falls back to the plain form.
(function () {
  'use strict';
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('save-job') || form.dataset.busy) {
      return;
    }
    event.preventDefault();
    form.dataset.busy = 'yes';
    fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      var saved = answer.saved === true;
      form.dataset.saved = String(saved);
      form.action = saved ? form.dataset.unsave : form.dataset.save;
      var label = form.querySelector('.keep-label');
      var hidden = form.querySelector('.visually-hidden');
      label.textContent = saved ? 'Saved' : 'Save';
      if (hidden) {
        var title = form.dataset.title || '';
        hidden.textContent = saved ? ' (remove ' + title + ' from My jobs)' : ' ' + title;
      }
      status.textContent = saved ? 'Saved to My jobs.' : 'Removed from My jobs.';
      delete form.dataset.busy;
    }).catch(function () {
      delete form.dataset.busy;
      form.submit();
    });
  });
})();
