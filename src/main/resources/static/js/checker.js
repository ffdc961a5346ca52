// The salary checker offers the chosen role's levels only. The server does that when the
// page is sent with a role; as the role changes here, the other roles' levels are hidden
// and a level of another role is unchosen. Without JavaScript every role's levels stay,
// grouped by role, and the server says if the level does not belong to the role.
(function () {
	var role = document.getElementById('role');
	var level = document.getElementById('level');
	if (!role || !level) {
		return;
	}
	function offer() {
		var groups = level.querySelectorAll('optgroup');
		for (var i = 0; i < groups.length; i++) {
			var group = groups[i];
			var mine = !role.value || group.getAttribute('data-role') === role.value;
			group.hidden = !mine;
			group.disabled = !mine;
			if (!mine && level.selectedOptions.length && level.selectedOptions[0].parentNode === group) {
				level.value = '';
			}
		}
	}
	role.addEventListener('change', offer);
	offer();
})();
