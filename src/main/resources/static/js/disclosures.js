// The header's menu, the guide's contents and its long tables are <details> disclosures,
// so they work without JavaScript: on wide screens the stylesheet shows their content
// inline, and on phones a tap opens them. This script adds what people expect besides:
// - on wide screens they are really open (so the browser, assistive technology and find
//   in page agree with what is shown), and a window that narrows past the breakpoint
//   folds them again;
// - the menu closes the way menus do elsewhere: on Escape (focus goes back to its
//   button) and on a click outside it; the admin's sub-menu behaves the same.
(function () {
	var widths = [
		{ selector: '.site-header .menu', query: '(min-width: 56rem)' },
		{ selector: '.table-fold, .toc-fold, .topic-fold', query: '(min-width: 60rem)' }
	];
	widths.forEach(function (rule) {
		var wide = window.matchMedia(rule.query);
		// On load only opens (a fold the page sends open stays open on a phone); a change of
		// width opens or folds them all.
		function follow(event) {
			document.querySelectorAll(rule.selector).forEach(function (details) {
				if (wide.matches || event) {
					details.open = wide.matches;
				}
			});
		}
		follow();
		wide.addEventListener('change', follow);
	});

	// A link to something inside a fold (the guide's contents, a shared link) opens it.
	function reveal() {
		var id = decodeURIComponent(location.hash.slice(1));
		var target = id && document.getElementById(id);
		if (!target) {
			return;
		}
		var own = target.querySelector(':scope > details');
		if (own) {
			own.open = true;
		}
		for (var fold = target.closest('details'); fold; fold = fold.parentElement.closest('details')) {
			fold.open = true;
		}
		target.scrollIntoView();
	}
	reveal();
	window.addEventListener('hashchange', reveal);

	// Menus a person opened: the open ones whose button is on the screen.
	function openMenus() {
		return Array.prototype.filter.call(document.querySelectorAll('.site-header details[open]'), function (menu) {
			var summary = menu.querySelector('summary');
			return summary && summary.offsetParent !== null;
		});
	}
	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape') {
			return;
		}
		openMenus().forEach(function (menu) {
			var inside = menu.contains(document.activeElement);
			menu.open = false;
			if (inside) {
				menu.querySelector('summary').focus();
			}
		});
	});
	document.addEventListener('click', function (event) {
		openMenus().forEach(function (menu) {
			if (!menu.contains(event.target)) {
				menu.open = false;
			}
		});
	});
})();
