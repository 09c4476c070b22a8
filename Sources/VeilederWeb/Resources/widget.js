/* Veileder chat widget. Embed with one tag:
 *   <script src="https://veileder.example/widget.js" data-locale="nb" defer></script>
 * Optional: data-exit-url="https://www.yr.no/" (where "Avslutt raskt" goes).
 * No framework, no external resources, no cookies. The conversation id and transcript live in sessionStorage only,
 * so they vanish when the tab closes. Every text is inserted with textContent or text nodes, never as HTML. */
(function () {
  "use strict";
  if (window.__veilederWidget) return;
  window.__veilederWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var base = new URL(".", script.src).href.replace(/\/$/, "");
  var api = base + "/api/v1/conversations";
  var exitURL = script.getAttribute("data-exit-url") || "https://www.yr.no/";
  var storeKey = "veileder.conversation";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  var texts = {
    nb: { open: "Snakk med Veileder", title: "Veileder – bekymret for et barn?", close: "Lukk chatten",
      exit: "Avslutt raskt", exitHint: "Lukker chatten og bytter til yr.no", remove: "Slett samtalen",
      language: "Språk", input: "Skriv en melding", send: "Send", you: "Du skrev:", bot: "Veileder skrev:",
      options: "Svaralternativer", log: "Samtale", notice: "Dette er ikke en nødtjeneste. Er noen i fare nå, ring 113 (ambulanse) eller 112 (politi).",
      deleted: "Samtalen er slettet.", restart: "Start en ny samtale", expired: "Samtalen var utløpt, så vi starter på nytt.",
      slow: "Du sender mange meldinger. Vent litt og prøv igjen.", failed: "Noe gikk galt. Prøv igjen om litt.", waiting: "Veileder skriver …" },
    nn: { open: "Snakk med Veileder", title: "Veileder – uroa for eit barn?", close: "Lukk chatten",
      exit: "Avslutt raskt", exitHint: "Lukkar chatten og byter til yr.no", remove: "Slett samtalen",
      language: "Språk", input: "Skriv ei melding", send: "Send", you: "Du skreiv:", bot: "Veileder skreiv:",
      options: "Svaralternativ", log: "Samtale", notice: "Dette er ikkje ei naudteneste. Er nokon i fare no, ring 113 (ambulanse) eller 112 (politi).",
      deleted: "Samtalen er sletta.", restart: "Start ein ny samtale", expired: "Samtalen var gått ut, så vi startar på nytt.",
      slow: "Du sender mange meldingar. Vent litt og prøv igjen.", failed: "Noko gjekk gale. Prøv igjen om litt.", waiting: "Veileder skriv …" },
    en: { open: "Chat with Veileder", title: "Veileder – worried about a child?", close: "Close the chat",
      exit: "Quick exit", exitHint: "Closes the chat and switches to yr.no", remove: "Delete the conversation",
      language: "Language", input: "Write a message", send: "Send", you: "You wrote:", bot: "Veileder wrote:",
      options: "Answer options", log: "Conversation", notice: "This is not an emergency service. If someone is in danger now, call 113 (ambulance) or 112 (police).",
      deleted: "The conversation has been deleted.", restart: "Start a new conversation", expired: "The conversation had expired, so we are starting again.",
      slow: "You are sending many messages. Wait a moment and try again.", failed: "Something went wrong. Try again in a moment.", waiting: "Veileder is writing …" }
  };

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  var state = load();
  state.locale = texts[state.locale] ? state.locale : (texts[script.getAttribute("data-locale")] ? script.getAttribute("data-locale") : "nb");
  state.transcript = state.transcript || [];
  state.options = state.options || [];
  function save() {
    try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode: keep in memory only */ }
  }
  function t(key) { return texts[state.locale][key]; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = base + "/widget.css";
  document.head.appendChild(css);

  var root = el("div", "vl-root");
  var launcher = el("button", "vl-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "vl-panel");
  var panel = el("section", "vl-panel");
  panel.id = "vl-panel";
  panel.setAttribute("aria-labelledby", "vl-title");
  panel.hidden = true;

  var header = el("div", "vl-header");
  var title = el("h2", "vl-title");
  title.id = "vl-title";
  var exitButton = el("button", "vl-exit");
  exitButton.type = "button";
  var closeButton = el("button", "vl-close");
  closeButton.type = "button";
  header.append(title, exitButton, closeButton);

  var toolbar = el("div", "vl-toolbar");
  var languageLabel = el("label", "vl-label");
  languageLabel.htmlFor = "vl-language";
  var language = el("select", "vl-language");
  language.id = "vl-language";
  [["nb", "Bokmål"], ["nn", "Nynorsk"], ["en", "English"]].forEach(function (pair) {
    var option = el("option", "", pair[1]);
    option.value = pair[0];
    option.lang = pair[0];
    language.appendChild(option);
  });
  var deleteButton = el("button", "vl-delete");
  deleteButton.type = "button";
  toolbar.append(languageLabel, language, deleteButton);

  var notice = el("p", "vl-notice");
  var log = el("div", "vl-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");
  log.tabIndex = 0;
  var status = el("p", "vl-status");
  status.setAttribute("role", "status");
  var optionsBox = el("div", "vl-options");
  optionsBox.setAttribute("role", "group");

  var form = el("form", "vl-form");
  var inputLabel = el("label", "vl-sr");
  inputLabel.htmlFor = "vl-input";
  var input = el("input", "vl-input");
  input.id = "vl-input";
  input.type = "text";
  input.maxLength = 1000;
  input.autocomplete = "off";
  var sendButton = el("button", "vl-send");
  sendButton.type = "submit";
  form.append(inputLabel, input, sendButton);

  panel.append(header, toolbar, notice, log, status, optionsBox, form);
  root.append(launcher, panel);

  function applyTexts() {
    root.lang = state.locale;
    launcher.textContent = t("open");
    title.textContent = t("title");
    exitButton.textContent = t("exit");
    exitButton.title = t("exitHint");
    closeButton.textContent = "×";
    closeButton.setAttribute("aria-label", t("close"));
    languageLabel.textContent = t("language");
    language.value = state.locale;
    deleteButton.textContent = t("remove");
    notice.textContent = t("notice");
    log.setAttribute("aria-label", t("log"));
    optionsBox.setAttribute("aria-label", t("options"));
    inputLabel.textContent = t("input");
    input.placeholder = t("input");
    sendButton.textContent = t("send");
  }

  /* Phone numbers become tap-to-call links: emergency numbers (110, 112, 113, 116 111, ...) and 8-digit numbers. */
  var phonePattern = /(\+47\s?)?\b(11\d(?:\s?\d{3})?|\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{3}\s?\d{2}\s?\d{3}|800\s?\d{2}\s?\d{3})\b/g;
  function appendWithPhoneLinks(container, text) {
    var last = 0;
    text.replace(phonePattern, function (match, prefix, number, offset) {
      container.appendChild(document.createTextNode(text.slice(last, offset)));
      var link = el("a", "vl-tel", match);
      link.href = "tel:" + match.replace(/\s/g, "");
      container.appendChild(link);
      last = offset + match.length;
      return match;
    });
    container.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderMessage(entry) {
    var bubble = el("div", "vl-msg vl-" + entry.who + (entry.kind === "crisis" ? " vl-crisis" : "") + (entry.kind === "notice" ? " vl-note" : ""));
    bubble.appendChild(el("span", "vl-sr", entry.who === "user" ? t("you") + " " : t("bot") + " "));
    if (entry.who === "bot") appendWithPhoneLinks(bubble, entry.text); else bubble.appendChild(document.createTextNode(entry.text));
    log.appendChild(bubble);
    return bubble;
  }

  function addMessage(who, text, kind) {
    var entry = { who: who, text: text, kind: kind || "text" };
    state.transcript.push(entry);
    if (state.transcript.length > 200) state.transcript.shift();
    save();
    var bubble = renderMessage(entry);
    bubble.scrollIntoView({ block: "nearest", behavior: reduceMotion ? "auto" : "smooth" });
  }

  function renderOptions(focusFirst) {
    optionsBox.textContent = "";
    state.options.forEach(function (option) {
      var button = el("button", "vl-option", option.label);
      button.type = "button";
      button.addEventListener("click", function () { choose(option); });
      optionsBox.appendChild(button);
    });
    optionsBox.hidden = state.options.length === 0;
    if (focusFirst) {
      var first = optionsBox.querySelector("button");
      (first || input).focus();
    }
  }

  function setBusy(busy) {
    panel.setAttribute("aria-busy", busy ? "true" : "false");
    sendButton.disabled = busy;
    status.textContent = busy ? t("waiting") : "";
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method, headers: body ? { "Content-Type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer"
    });
  }

  function showReply(reply, focusOptions) {
    state.id = reply.id;
    state.locale = reply.locale;
    reply.messages.forEach(function (message) { addMessage("bot", message.text, message.kind); });
    state.options = reply.ended ? [{ id: "__restart", label: t("restart") }] : reply.options;
    if (reply.ended) state.id = null;
    save();
    renderOptions(focusOptions);
  }

  function start(focusOptions) {
    setBusy(true);
    return request("POST", api, { locale: state.locale }).then(function (response) {
      if (!response.ok) throw response;
      return response.json();
    }).then(function (reply) { showReply(reply, focusOptions); }, failed).then(function () { setBusy(false); });
  }

  function failed(error) {
    var code = error && error.status;
    if (code === 429) status.textContent = t("slow");
    else addMessage("bot", t("failed"), "notice");
  }

  function send(body, focusOptions) {
    if (!state.id) return start(focusOptions);
    setBusy(true);
    return request("POST", api + "/" + state.id + "/messages", body).then(function (response) {
      if (response.status === 404 || response.status === 410 || response.status === 409) {
        addMessage("bot", t("expired"), "notice");
        state.id = null;
        return start(focusOptions);
      }
      if (!response.ok) throw response;
      return response.json().then(function (reply) { showReply(reply, focusOptions); });
    }).catch(failed).then(function () { setBusy(false); });
  }

  function choose(option) {
    if (option.id === "__restart") {
      state.options = [];
      renderOptions(false);
      return start(true);
    }
    addMessage("user", option.label);
    state.options = [];
    renderOptions(false);
    input.focus();
    send({ option: option.id }, true);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || sendButton.disabled) return;
    input.value = "";
    addMessage("user", text);
    send({ text: text }, false);
    input.focus();
  });

  function openPanel(open) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", open ? "true" : "false");
    root.classList.toggle("vl-open", open);
    state.open = open;
    save();
    if (open) {
      input.focus();
      if (!state.id && state.transcript.length === 0) start(false);
    } else {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", function () { openPanel(panel.hidden); });
  closeButton.addEventListener("click", function () { openPanel(false); });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") openPanel(false);
  });

  language.addEventListener("change", function () {
    state.locale = language.value;
    applyTexts();
    save();
    // The server switches the conversation's language with the /språk command and repeats the current step.
    if (state.id) send({ text: "/språk " + state.locale }, false);
  });

  function forget() {
    var id = state.id;
    try { sessionStorage.removeItem(storeKey); } catch (e) { /* nothing stored */ }
    state = { locale: state.locale, transcript: [], options: [] };
    if (id) fetch(api + "/" + id, { method: "DELETE", keepalive: true, credentials: "omit" }).catch(function () {});
  }

  deleteButton.addEventListener("click", function () {
    forget();
    log.textContent = "";
    state.options = [{ id: "__restart", label: t("restart") }];
    renderOptions(false);
    status.textContent = t("deleted");
    input.focus();
  });

  /* Quick exit: delete, forget, and replace this page in the history so Back does not return to it. */
  exitButton.addEventListener("click", function () {
    forget();
    root.remove();
    window.location.replace(exitURL);
  });

  function mount() {
    document.body.appendChild(root);
    applyTexts();
    state.transcript.forEach(renderMessage);
    renderOptions(false);
    if (state.open) { panel.hidden = false; launcher.setAttribute("aria-expanded", "true"); root.classList.add("vl-open"); }
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
