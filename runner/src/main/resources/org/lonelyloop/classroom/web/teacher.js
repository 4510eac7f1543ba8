// The teacher's page, for the projector: the join address, code and QR code, who has joined and
// chosen, the turns, and the class's card. The key comes from the address's fragment and is sent in
// a header, never in a URL.
'use strict';
(function () {
  const key = new URLSearchParams(location.hash.slice(1)).get('key') || '';
  const lang = (navigator.language || 'en').slice(0, 2) === 'nl' ? 'nl' : 'en';
  let words = {};
  let drawn = '';
  const $ = (id) => document.getElementById(id);

  function w(k, ...args) {
    const text = words[k] || k;
    return text.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  async function call(method, path) {
    const r = await fetch(path + '?lang=' + lang, { method, headers: { 'X-Teacher-Key': key } });
    const v = await r.json();
    if (!r.ok) throw new Error(v.message || v.error);
    return v;
  }

  function drawQr(rows, text) {
    if (drawn === text) return;
    drawn = text;
    const canvas = $('qr');
    const g = canvas.getContext('2d');
    const n = rows.length;
    const cell = Math.floor(canvas.width / n);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#000';
    rows.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) if (row[x] === '1') g.fillRect(x * cell, y * cell, cell, cell);
    });
  }

  function render(v) {
    words = v.words;
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-w]').forEach((e) => { e.textContent = w(e.dataset.w); });
    $('join').textContent = w('teacher.join', v.join);
    $('code').textContent = v.code;
    drawQr(v.qr, v.join + v.code);
    $('turn').textContent = w('teacher.turn', Math.min(v.turn + 1, v.turns), v.turns);
    $('count').textContent = w('teacher.students', v.students.length, v.capacity);
    const list = $('students');
    list.replaceChildren();
    if (!v.students.length) {
      const li = document.createElement('li');
      li.textContent = w('teacher.none');
      list.appendChild(li);
    }
    for (const s of v.students) {
      const li = document.createElement('li');
      li.className = 'c' + s.category;
      const name = document.createElement('strong');
      name.textContent = s.nickname;
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = ' (' + s.name + ') ' + (s.scoreAfter !== undefined
        ? w('teacher.card.row', s.scoreBefore, s.scoreAfter, s.lonelinessAfter, s.lonelinessWithout)
        : s.chose ? w('teacher.chose') : w('teacher.choosing'));
      li.append(name, state);
      list.appendChild(li);
    }
    $('next').disabled = v.stage === 'ended' || v.turnRunning || v.turn >= v.turns;
    $('end').disabled = v.stage === 'ended' || v.turnRunning;
    if (v.classCard) {
      const c = v.classCard;
      $('class-card').hidden = false;
      $('card-students').textContent = w('teacher.card.students', c.students, c.turns, c.days);
      $('card-strongly').textContent = w('teacher.card.strongly', c.strongly, c.stronglyWithout);
      $('card-mean').textContent = w('teacher.card.mean', Math.round(100 * c.meanLoneliness), Math.round(100 * c.meanWithout));
    }
  }

  async function act(method, path) {
    try {
      render(await call(method, path));
      $('error').textContent = '';
    } catch (e) {
      $('error').textContent = e.message;
    }
  }

  $('next').addEventListener('click', () => act('POST', '/api/turn'));
  $('end').addEventListener('click', () => act('POST', '/api/end'));
  act('GET', '/api/class');
  setInterval(() => act('GET', '/api/class'), 2000);
})();
