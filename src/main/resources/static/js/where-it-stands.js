/*
 * Draws where a standard stands on the deployed BPMN of its lifecycle, with bpmn-js's viewer served by the application.
 * The list of steps on the page says the same in words and works without this script; the drawing is added only where
 * the screen is wide enough to read it, and only once the viewer, the model and the state have all loaded.
 */
(function () {
    'use strict';

    var figure = document.querySelector('.where-drawing');
    if (!figure || !window.fetch || !window.matchMedia) {
        return;
    }
    var wide = window.matchMedia('(min-width: 48rem)');
    var started = false;

    function start() {
        if (started || !wide.matches) {
            return;
        }
        started = true;
        draw().catch(function () {
            // the list is there: without the drawing nothing is lost
            figure.hidden = true;
        });
    }

    function loadScript(src) {
        if (window.BpmnJS) {
            return Promise.resolve();
        }
        return new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = src;
            script.onload = resolve;
            script.onerror = reject;
            document.head.appendChild(script);
        });
    }

    function loadStyle(href) {
        return new Promise(function (resolve, reject) {
            var link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = href;
            link.onload = resolve;
            link.onerror = reject;
            document.head.appendChild(link);
        });
    }

    function fetchOk(url, read) {
        return fetch(url, { credentials: 'same-origin' }).then(function (response) {
            if (!response.ok) {
                throw new Error(url + ': ' + response.status);
            }
            return read(response);
        });
    }

    function draw() {
        var styles = figure.dataset.styles.split(' ').filter(Boolean);
        return Promise.all([
            loadScript(figure.dataset.viewer),
            Promise.all(styles.map(loadStyle)),
            fetchOk(figure.dataset.bpmn, function (r) { return r.text(); }),
            fetchOk(figure.dataset.state, function (r) { return r.json(); })
        ]).then(function (loaded) {
            var xml = loaded[2];
            var state = loaded[3];
            var container = figure.querySelector('.where-canvas');
            // bpmn-js measures its container: it has to be on the page before the import
            figure.hidden = false;
            var viewer = new window.BpmnJS({ container: container });
            return viewer.importXML(xml).then(function () {
                mark(viewer, state);
                fit(viewer, container);
                describe(container);
                controls(viewer, container, state);
                figure.classList.add('where-drawn');
            });
        });
    }

    function mark(viewer, state) {
        var canvas = viewer.get('canvas');
        var overlays = viewer.get('overlays');
        var elements = viewer.get('elementRegistry');
        var current = {};
        state.current.forEach(function (id) {
            if (elements.get(id)) {
                current[id] = true;
                canvas.addMarker(id, 'where-current');
            }
        });
        state.done.forEach(function (done) {
            var id = done.activityId;
            var element = elements.get(id);
            if (!element || current[id] || element.type === 'label') {
                return;
            }
            canvas.addMarker(id, 'where-done');
            // a tick beside the colour: done must not be told by colour alone
            var tick = document.createElement('span');
            tick.className = 'where-tick';
            tick.setAttribute('aria-hidden', 'true');
            tick.textContent = '✓';
            overlays.add(id, 'where-done', { position: { top: -8, right: 8 }, html: tick, scale: { min: 0.6 } });
        });
    }

    /** The canvas as tall as the diagram needs at the container's width, within bounds, and the diagram fitted in it. */
    function fit(viewer, container) {
        var canvas = viewer.get('canvas');
        var inner = canvas.viewbox().inner;
        if (inner.width > 0) {
            var height = container.clientWidth * inner.height / inner.width + 48;
            container.style.height = Math.round(Math.max(200, Math.min(480, height))) + 'px';
            canvas.resized();
        }
        canvas.zoom('fit-viewport', 'auto');
    }

    /** The drawing is described by its label and the list; the SVG's own text would only repeat it out of order. */
    function describe(container) {
        var svg = container.querySelector('svg');
        if (svg) {
            svg.setAttribute('aria-hidden', 'true');
            svg.setAttribute('focusable', 'false');
            svg.removeAttribute('tabindex');
        }
    }

    function controls(viewer, container, state) {
        var canvas = viewer.get('canvas');
        var elements = viewer.get('elementRegistry');
        var here = state.current.map(function (id) { return elements.get(id); }).filter(Boolean)[0];
        var step = 60;
        /** Zooming keeps the current step where it is on the screen, so that it stays in sight. */
        function around() {
            if (!here) {
                return undefined;
            }
            var box = canvas.viewbox();
            return { x: (here.x + here.width / 2 - box.x) * box.scale, y: (here.y + here.height / 2 - box.y) * box.scale };
        }
        function zoom(how) {
            if (how === 'fit') {
                canvas.zoom('fit-viewport', 'auto');
            } else {
                canvas.zoom(canvas.zoom() * (how === 'in' ? 1.25 : 0.8), around());
            }
        }
        figure.querySelectorAll('[data-zoom]').forEach(function (button) {
            button.addEventListener('click', function () {
                zoom(button.dataset.zoom);
            });
        });
        container.addEventListener('keydown', function (event) {
            var keys = {
                '+': function () { zoom('in'); }, '=': function () { zoom('in'); }, '-': function () { zoom('out'); },
                '0': function () { zoom('fit'); },
                ArrowLeft: function () { canvas.scroll({ dx: step, dy: 0 }); }, ArrowRight: function () { canvas.scroll({ dx: -step, dy: 0 }); },
                ArrowUp: function () { canvas.scroll({ dx: 0, dy: step }); }, ArrowDown: function () { canvas.scroll({ dx: 0, dy: -step }); }
            };
            var action = keys[event.key];
            if (action) {
                event.preventDefault();
                action();
            }
        });
    }

    if (wide.addEventListener) {
        wide.addEventListener('change', start);
    }
    start();
}());
