"""The dashboard: static files (``static/index.html``, ``app.js``, ``app.css``) served by
:mod:`realpolitik.api.app`. Plain JavaScript and SVG, no framework, nothing from a CDN."""
