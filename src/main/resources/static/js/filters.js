// The search page's filter panel is sent closed, so that on a phone the results come
// first and the filters are one tap away. Where the screen is wide enough for the
// sidebar, open it at once. Without JavaScript the panel simply starts closed.
(function () {
	var panel = document.getElementById('filters');
	if (panel && window.matchMedia('(min-width: 60rem)').matches) {
		panel.open = true;
	}
})();

// Ticking a filter's box applies it at once, as the hint above the filters says; without
// JavaScript the "Apply filters" button does.
(function () {
	var form = document.getElementById('filters-form');
	if (!form) {
		return;
	}
	form.addEventListener('change', function (event) {
		if (event.target.type === 'checkbox') {
			form.submit();
		}
	});
})();
