// The student's phone: join with the code and a nickname, then see one's agent and choose for the
// week. Every name and word is set as text (textContent), never as HTML.
'use strict';
(function () {
  let words = {};
  let lang = (navigator.language || 'en').slice(0, 2) === 'nl' ? 'nl' : 'en';
  let token = sessionStorage.getItem('lonelyloop-token');
  let last = null;
  let sending = false;
  const $ = (id) => document.getElementById(id);

  function w(key, ...args) {
    const text = words[key] || key;
    return text.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-w]').forEach((e) => { e.textContent = w(e.dataset.w); });
    document.querySelectorAll('.language').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  }

  async function call(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers['X-Token'] = token;
    const r = await fetch(path + (path.includes('?') ? '&' : '?') + 'lang=' + lang,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const v = await r.json();
    if (!r.ok) {
      const e = new Error(v.message || v.error);
      e.status = r.status;
      e.reason = v.error;
      throw e;
    }
    return v;
  }

  function showError(e) { $('error').textContent = e ? e.message : ''; }

  async function loadWords() {
    const v = await call('GET', '/api/words');
    words = v.words;
    translate();
  }

  function show(section) {
    for (const id of ['join', 'play', 'card']) $(id).hidden = id !== section;
  }

  function render(v) {
    last = v;
    words = v.words;
    translate();
    $('who').textContent = v.nickname;
    $('turn').textContent = w('phone.playing', v.name) + ' ' + w('phone.turn', Math.min(v.turn + 1, v.turns), v.turns);
    const me = v.me;
    $('face').className = 'face c' + me.category;
    $('feeling').textContent = w('phone.feeling', v.name, w('phone.lonely.' + me.category), me.score);
    $('bar').style.left = Math.round(me.loneliness * 100) + '%';
    $('friends').textContent = String(me.friends);
    $('minutes').textContent = me.minutesPerDay + ' ' + w('phone.min');
    $('meetings').textContent = me.meetingsPerWeek === null ? '–' : String(me.meetingsPerWeek);
    $('diary').textContent = me.diary;
    $('choose').textContent = w('phone.choose', v.name);
    renderChoices(v);
    if (v.stage === 'ended') {
      $('choosing').hidden = true;
      if (v.card) renderCard(v);
    } else {
      $('choosing').hidden = false;
      $('status').textContent = v.turnRunning ? w('phone.running')
        : v.choices.length ? w('phone.chosen') : (v.turn === 0 ? w('phone.waiting') + ' ' : '') + w('phone.nothing', v.name);
    }
  }

  function renderChoices(v) {
    const groups = $('groups');
    if (groups.childElementCount !== v.options.length) {
      groups.replaceChildren();
      v.options.forEach((options, g) => {
        const box = document.createElement('div');
        box.className = 'group';
        const h = document.createElement('h3');
        h.dataset.w = 'phone.group.' + g;
        box.appendChild(h);
        const list = document.createElement('div');
        list.className = 'options';
        for (const key of options) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'choice';
          b.dataset.choice = key;
          b.dataset.group = String(g);
          b.dataset.w = 'choice.' + key;
          b.addEventListener('click', () => toggle(key, g));
          list.appendChild(b);
        }
        box.appendChild(list);
        groups.appendChild(box);
      });
      translate();
    }
    document.querySelectorAll('button.choice').forEach((b) => {
      b.setAttribute('aria-pressed', String(v.choices.includes(b.dataset.choice)));
      b.disabled = v.turnRunning || v.stage === 'ended';
    });
  }

  async function toggle(key, group) {
    if (!last || sending) return;
    const sameGroup = new Set(last.options[group]);
    let chosen = last.choices.filter((c) => !sameGroup.has(c));
    if (!last.choices.includes(key)) chosen.push(key);
    sending = true;
    try {
      render(await call('POST', '/api/choose', { choices: chosen }));
      showError(null);
    } catch (e) {
      handle(e);
    } finally {
      sending = false;
    }
  }

  function renderCard(v) {
    const c = v.card;
    show('card');
    $('card-heading').textContent = w('phone.card.heading', v.name) + ' (' + v.nickname + ')';
    $('card-lonely').textContent = w('phone.card.lonely', c.scoreBefore, c.scoreAfter);
    $('card-without').textContent = w('phone.card.without', c.scoreWithout, Math.round(100 * c.lonelinessWithout),
      Math.round(100 * c.lonelinessAfter));
    $('card-friends').textContent = w('phone.card.friends', c.friendsBefore, c.friendsAfter);
    $('card-minutes').textContent = w('phone.card.minutes', c.minutesBefore, c.minutesAfter);
    $('card-gain').textContent = w('phone.card.gain', c.gainBefore, c.gainAfter);
    const list = $('card-chosen');
    list.replaceChildren();
    for (const [key, n] of Object.entries(c.chosen)) {
      const li = document.createElement('li');
      li.textContent = w('choice.' + key) + ' × ' + n;
      list.appendChild(li);
    }
  }

  function handle(e) {
    if (e.status === 401) {
      token = null;
      sessionStorage.removeItem('lonelyloop-token');
      show('join');
    }
    showError(e);
  }

  async function refresh() {
    if (!token) return;
    try {
      const v = await call('GET', '/api/me');
      if (v.stage !== 'ended' || !v.card) show('play');
      render(v);
      showError(null);
    } catch (e) {
      handle(e);
    }
  }

  document.querySelectorAll('.language').forEach((b) => b.addEventListener('click', async () => {
    lang = b.dataset.lang;
    try { await loadWords(); } catch (e) { showError(e); }
  }));

  $('join-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const v = await call('POST', '/api/join', { code: $('code').value, nickname: $('nickname').value, lang });
      token = v.token;
      sessionStorage.setItem('lonelyloop-token', token);
      show('play');
      render(v);
      showError(null);
    } catch (e) {
      showError(e);
    }
  });

  const params = new URLSearchParams(location.search);
  if (params.get('code')) $('code').value = params.get('code').replace(/[^0-9]/g, '').slice(0, 6);
  loadWords().then(() => { if (token) refresh(); else show('join'); }).catch(showError);
  setInterval(refresh, 2000);
})();
