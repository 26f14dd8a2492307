/**
 * MixPilot embeddable chat bubble. Add one tag to any page:
 *   <script src="https://host/widget.js" data-api-key="..." data-title="MixPilot" async></script>
 * Optional: data-position="left", data-open="true".
 *
 * Isolation: the bubble and panel frame live in a shadow root (host-page CSS cannot
 * restyle them), and the chat itself runs in an iframe to `https://host/?embed=1`, so its
 * scripts, styles and storage stay on the MixPilot origin and API calls are same-origin.
 * The API key goes in the iframe URL's fragment, which browsers never send to a server.
 */
(() => {
  const page = /** @type {Window & { __mixpilotWidget?: boolean, MixPilot?: object }} */ (window);
  const current = document.currentScript;
  const script =
    current instanceof HTMLScriptElement
      ? current
      : Array.from(document.querySelectorAll('script[src]'))
          .filter((s) => s instanceof HTMLScriptElement)
          .find((s) => /\/widget\.js(\?|#|$)/.test(s.src));
  if (!script || page.__mixpilotWidget) return;
  page.__mixpilotWidget = true;

  const origin = new URL(script.src, location.href).origin;
  const title = (script.dataset.title || 'MixPilot').slice(0, 60);
  const key = script.dataset.apiKey || '';
  const left = script.dataset.position === 'left';

  const css = `
    :host { all: initial; }
    .bubble { position: fixed; bottom: 20px; ${left ? 'left' : 'right'}: 20px; z-index: 2147483000;
      width: 56px; height: 56px; border: 0; border-radius: 50%; cursor: pointer;
      background: #4338ca; color: #fff; display: grid; place-items: center;
      box-shadow: 0 6px 20px rgba(17, 24, 39, .28); transition: transform .15s ease; }
    .bubble:hover { transform: scale(1.05); }
    .bubble:focus-visible { outline: 3px solid #a5b4fc; outline-offset: 3px; }
    .bubble svg { width: 26px; height: 26px; fill: none; stroke: currentColor; stroke-width: 2;
      stroke-linecap: round; stroke-linejoin: round; }
    .panel { position: fixed; bottom: 88px; ${left ? 'left' : 'right'}: 20px; z-index: 2147483000;
      width: 410px; height: min(680px, calc(100vh - 108px)); border-radius: 16px;
      background: #fff; box-shadow: 0 12px 40px rgba(17, 24, 39, .2), 0 2px 6px rgba(17, 24, 39, .08);
      animation: mp-in .16s ease-out; }
    @keyframes mp-in { from { opacity: 0; transform: translateY(12px); } }
    .panel[hidden] { display: none; }
    iframe { width: 100%; height: 100%; border: 0; border-radius: 16px; display: block; color-scheme: normal; }
    @media (prefers-color-scheme: dark) { .panel { background: #0e1016; } }
    @media (max-width: 480px) {
      .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; bottom: 0; }
      .open ~ .bubble, .bubble[aria-expanded="true"] { display: none; }
      iframe { border-radius: 0; }
    }
    @media (prefers-reduced-motion: reduce) { .bubble { transition: none; } .panel { animation: none; } }`;

  const host = document.createElement('div');
  host.setAttribute('data-mixpilot-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }

  const chatIcon =
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/><path d="M8.5 13.5l2.5-3 2 1.5 2.5-3.5"/></svg>';
  const closeIcon =
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'mixpilot-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', `${title} chat`);

  const bubble = document.createElement('button');
  bubble.type = 'button';
  bubble.className = 'bubble';
  bubble.setAttribute('aria-controls', panel.id);
  bubble.setAttribute('aria-expanded', 'false');
  bubble.setAttribute('aria-label', `Open ${title} chat`);
  bubble.setAttribute('data-testid', 'widget-bubble');
  bubble.innerHTML = chatIcon;

  root.append(panel, bubble);

  /** @type {HTMLIFrameElement | null} */
  let frame = null;
  let isOpen = false;

  function ensureFrame() {
    if (frame) return frame;
    frame = document.createElement('iframe');
    frame.title = `${title} chat`;
    frame.setAttribute('data-testid', 'widget-frame');
    frame.allow = 'clipboard-write';
    const params = new URLSearchParams({ embed: '1', title });
    frame.src = `${origin}/?${params}${key ? `#${new URLSearchParams({ key })}` : ''}`;
    frame.addEventListener('load', () => {
      if (isOpen) focusChat();
    });
    panel.append(frame);
    return frame;
  }

  function focusChat() {
    frame?.focus();
    frame?.contentWindow?.postMessage({ source: 'mixpilot-host', type: 'focus' }, origin);
  }

  function open() {
    ensureFrame();
    isOpen = true;
    panel.hidden = false;
    requestAnimationFrame(() => panel.classList.add('open'));
    bubble.setAttribute('aria-expanded', 'true');
    bubble.setAttribute('aria-label', `Close ${title} chat`);
    bubble.innerHTML = closeIcon;
    focusChat();
  }

  function close() {
    isOpen = false;
    panel.classList.remove('open');
    panel.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.setAttribute('aria-label', `Open ${title} chat`);
    bubble.innerHTML = chatIcon;
    bubble.focus();
  }

  bubble.addEventListener('click', () => (isOpen ? close() : open()));
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.source === 'mixpilot' && event.data.type === 'close') close();
  });

  const mount = () => {
    document.body.append(host);
    if (script.dataset.open === 'true') open();
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });

  page.MixPilot = { open, close };
})();
