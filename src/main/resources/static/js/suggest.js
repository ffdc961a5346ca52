// Suggestions under the job search box, as the ARIA combobox pattern describes
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): the box keeps the focus, the
// arrow keys move through the list, Enter takes the suggestion shown as active, Escape
// closes the list. Without JavaScript the box is a plain search box.
(function () {
	var input = document.getElementById('q');
	if (!input || !window.fetch) {
		return;
	}
	var form = input.form;
	var list = document.createElement('ul');
	list.id = 'q-suggestions';
	list.className = 'suggestions';
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', 'Suggestions');
	list.hidden = true;
	var status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	input.parentNode.appendChild(list);
	form.appendChild(status);
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('autocomplete', 'off');

	var kinds = { tool: 'tool', skill: 'skill', title: 'job title', company: 'company', town: 'town', filter: 'filter' };
	var items = [];
	var active = -1;
	var timer = null;
	var asked = '';

	function close() {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	}

	function show(suggestions) {
		list.textContent = '';
		items = suggestions;
		active = -1;
		suggestions.forEach(function (s, i) {
			var option = document.createElement('li');
			option.id = 'q-suggestion-' + i;
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
			var text = document.createElement('span');
			text.textContent = s.text;
			var meta = document.createElement('span');
			meta.className = 'muted';
			meta.textContent = ' ' + kinds[s.kind] + ' · ' + s.count.toLocaleString('en-GB') + (s.count === 1 ? ' job' : ' jobs');
			option.appendChild(text);
			option.appendChild(meta);
			option.addEventListener('mousedown', function (event) {
				event.preventDefault();
				choose(i);
			});
			list.appendChild(option);
		});
		var open = suggestions.length > 0;
		list.hidden = !open;
		input.setAttribute('aria-expanded', open ? 'true' : 'false');
		input.removeAttribute('aria-activedescendant');
		status.textContent = open ? suggestions.length + (suggestions.length === 1 ? ' suggestion' : ' suggestions') +
			', use the up and down arrows to choose' : '';
	}

	function highlight(i) {
		var options = list.querySelectorAll('[role=option]');
		options.forEach(function (option, j) {
			option.setAttribute('aria-selected', j === i ? 'true' : 'false');
		});
		active = i;
		if (i >= 0) {
			input.setAttribute('aria-activedescendant', options[i].id);
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	}

	// A filter, a town or a company is chosen as a filter; anything else as words.
	function choose(i) {
		close();
		if (items[i].href) {
			input.value = items[i].query.slice(0, items[i].query.length - items[i].text.length).trim();
			window.location.assign(items[i].href);
			return;
		}
		input.value = items[i].query;
		form.submit();
	}

	function ask() {
		var q = input.value;
		if (q.trim().length === 0 || q.length > 50) {
			close();
			return;
		}
		asked = q;
		fetch('/api/v1/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
			.then(function (answer) {
				if (input.value === asked && document.activeElement === input) {
					show(answer.suggestions);
				}
			})
			.catch(close);
	}

	input.addEventListener('input', function () {
		clearTimeout(timer);
		timer = setTimeout(ask, 120);
	});
	input.addEventListener('keydown', function (event) {
		var open = !list.hidden && items.length > 0;
		if (event.key === 'ArrowDown' && open) {
			event.preventDefault();
			highlight((active + 1) % items.length);
		}
		else if (event.key === 'ArrowUp' && open) {
			event.preventDefault();
			highlight(active <= 0 ? items.length - 1 : active - 1);
		}
		else if (event.key === 'Enter' && open && active >= 0) {
			event.preventDefault();
			choose(active);
		}
		else if (event.key === 'Escape' && open) {
			event.preventDefault();
			close();
		}
	});
	input.addEventListener('blur', function () {
		setTimeout(close, 100);
	});
})();
