// Passkeys: signing in with one on the second-factor page (or a seeker's sign-in page),
// adding one on the security page (or a seeker's My jobs). The ceremonies are Spring
// Security's WebAuthn endpoints; this only turns their JSON into the browser's credential calls and back (binary fields travel as base64url).
// Without JavaScript or WebAuthn the pages offer a mailed code instead.
(function () {
	'use strict';
	var section = document.getElementById('passkey-signin-section') || document.getElementById('passkeys');
	if (!section || !window.PublicKeyCredential || !window.fetch) {
		return;
	}
	var csrf = {};
	csrf[section.getAttribute('data-csrf-header')] = section.getAttribute('data-csrf');
	var problem = document.getElementById('passkey-error');

	function encode(buffer) {
		var text = '';
		new Uint8Array(buffer).forEach(function (b) {
			text += String.fromCharCode(b);
		});
		return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	}

	function decode(value) {
		var text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(text, function (c) {
			return c.charCodeAt(0);
		}).buffer;
	}

	function credentials(list) {
		return (list || []).map(function (c) {
			return { type: c.type, id: decode(c.id), transports: c.transports };
		});
	}

	function post(url, body) {
		var headers = Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, csrf);
		return fetch(url, {
			method: 'POST',
			credentials: 'same-origin',
			headers: headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		}).then(function (response) {
			if (!response.ok) {
				throw new Error(url + ' answered ' + response.status);
			}
			return response.json();
		});
	}

	function fail(error) {
		if (window.console) {
			console.warn('Passkey:', error);
		}
		if (problem) {
			problem.hidden = false;
			problem.focus();
		}
	}

	function signIn() {
		return post('/webauthn/authenticate/options').then(function (options) {
			options.challenge = decode(options.challenge);
			options.allowCredentials = credentials(options.allowCredentials);
			return navigator.credentials.get({ publicKey: options });
		}).then(function (credential) {
			var answer = credential.response;
			return post('/login/webauthn', {
				id: credential.id,
				rawId: encode(credential.rawId),
				type: credential.type,
				response: {
					authenticatorData: encode(answer.authenticatorData),
					clientDataJSON: encode(answer.clientDataJSON),
					signature: encode(answer.signature),
					userHandle: answer.userHandle ? encode(answer.userHandle) : undefined
				},
				clientExtensionResults: credential.getClientExtensionResults(),
				authenticatorAttachment: credential.authenticatorAttachment
			});
		}).then(function (result) {
			window.location.assign(result.redirectUrl || section.getAttribute('data-signed-in') || '/account/security');
		});
	}

	function register(label) {
		return post('/webauthn/register/options').then(function (options) {
			options.challenge = decode(options.challenge);
			options.user.id = decode(options.user.id);
			options.excludeCredentials = credentials(options.excludeCredentials);
			return navigator.credentials.create({ publicKey: options });
		}).then(function (credential) {
			var answer = credential.response;
			return post('/webauthn/register', {
				publicKey: {
					label: label,
					credential: {
						id: credential.id,
						rawId: encode(credential.rawId),
						type: credential.type,
						response: {
							attestationObject: encode(answer.attestationObject),
							clientDataJSON: encode(answer.clientDataJSON),
							transports: answer.getTransports ? answer.getTransports() : []
						},
						clientExtensionResults: credential.getClientExtensionResults(),
						authenticatorAttachment: credential.authenticatorAttachment
					}
				}
			});
		}).then(function (result) {
			if (!result.success) {
				throw new Error('The passkey was not saved');
			}
			window.location.assign(section.getAttribute('data-added') || '/account/security?added');
		});
	}

	var button = document.getElementById('passkey-signin');
	if (button) {
		button.addEventListener('click', function () {
			button.disabled = true;
			signIn().catch(fail).then(function () {
				button.disabled = false;
			});
		});
	}
	var form = document.getElementById('passkey-register');
	if (form) {
		form.hidden = false;
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			var label = form.elements.label.value.trim();
			if (!label) {
				form.elements.label.focus();
				return;
			}
			register(label).catch(fail);
		});
	}
}());
