// The phone page of a Rencana room: join, send cards, follow them, dot-vote.
// Plain JavaScript, no framework, nothing from the internet. Every text from the
// server is put on the page with textContent, never as HTML.
(function () {
  'use strict';

  var T = {
    id: {
      title: 'Ruang Rencana', join: 'Bergabung', code: 'Kode di layar', team: 'Nama tim',
      joinButton: 'Gabung', write: 'Tulis kartu', idea: 'Ide Anda',
      kind: 'Jenis (boleh kosong)', dimension: 'Dimensi (boleh kosong)', none: '-',
      send: 'Kirim', mine: 'Kartu saya', noneYet: 'Belum ada kartu.', vote: 'Pilih ide terbaik',
      leave: 'Keluar', other: 'English',
      k_idea: 'Ide', k_problem: 'Masalah', k_strength: 'Kekuatan', k_weakness: 'Kelemahan',
      k_opportunity: 'Peluang', k_threat: 'Ancaman', k_issue: 'Isu', k_gap: 'Kesenjangan',
      pending: 'Menunggu', accepted: 'Diterima', rejected: 'Tidak dipakai', merged: 'Digabung',
      who: 'Tim: {name}', whoSession: 'Tim: {name} \u00b7 {session}',
      sent: 'Terkirim. Kartu menunggu fasilitator.', sending: 'Mengirim\u2026',
      left: 'Sisa suara: {left} dari {budget}', votes: 'suara',
      offline: 'Tidak tersambung ke laptop fasilitator. Pastikan ponsel memakai Wi-Fi ruang ' +
        'dan data seluler mati.',
      rejoin: 'Ruang dibuka ulang. Silakan bergabung lagi.', badCode: 'Kode salah.',
      more: 'Tambah satu suara', less: 'Kurangi satu suara'
    },
    en: {
      title: 'Rencana room', join: 'Join', code: 'Code on the screen', team: 'Team name',
      joinButton: 'Join', write: 'Write a card', idea: 'Your idea',
      kind: 'Kind (optional)', dimension: 'Dimension (optional)', none: '-',
      send: 'Send', mine: 'My cards', noneYet: 'No cards yet.', vote: 'Vote for the best ideas',
      leave: 'Leave', other: 'Bahasa Indonesia',
      k_idea: 'Idea', k_problem: 'Problem', k_strength: 'Strength', k_weakness: 'Weakness',
      k_opportunity: 'Opportunity', k_threat: 'Threat', k_issue: 'Issue', k_gap: 'Gap',
      pending: 'Waiting', accepted: 'Accepted', rejected: 'Not used', merged: 'Merged',
      who: 'Team: {name}', whoSession: 'Team: {name} \u00b7 {session}',
      sent: 'Sent. The card waits for the facilitator.', sending: 'Sending\u2026',
      left: 'Votes left: {left} of {budget}', votes: 'votes',
      offline: 'Not connected to the facilitator\'s laptop. Make sure the phone is on the ' +
        'room\'s Wi-Fi with mobile data off.',
      rejoin: 'The room was restarted. Please join again.', badCode: 'Wrong code.',
      more: 'Add a vote', less: 'Remove a vote'
    }
  };
  var POLL_MS = 5000;
  var store = window.localStorage;
  var lang = store.getItem('rencana-lang') === 'en' ? 'en' : 'id';
  var token = store.getItem('rencana-token') || '';
  var etag = '';
  var data = null;
  var timer = 0;
  var cardKey = '';

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = T[lang][key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(String(values[name]));
    });
    return text;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    $('lang').textContent = t('other');
    if (data) { render(data); }
  }

  function say(text, bad) {
    var box = $('status');
    box.textContent = text;
    box.hidden = !text;
    box.className = bad ? 'status bad' : 'status';
  }

  function newKey() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function api(method, path, body) {
    var headers = { 'Accept-Language': lang };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    if (body) { headers['Content-Type'] = 'application/json'; }
    if (method === 'GET' && etag) { headers['If-None-Match'] = etag; }
    return fetch(path, {
      method: method, headers: headers, cache: 'no-store',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (response.status === 304 || response.status === 204) {
        return { status: response.status, body: null, etag: '' };
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json, etag: response.headers.get('ETag') || '' };
      });
    });
  }

  function show(joined) {
    $('join').hidden = joined;
    $('write').hidden = !joined;
    $('mine').hidden = !joined;
    $('leave').hidden = !joined;
    if (!joined) { $('vote').hidden = true; }
  }

  function forget(message) {
    token = '';
    etag = '';
    data = null;
    store.removeItem('rencana-token');
    window.clearTimeout(timer);
    show(false);
    if (message) { say(message, true); }
  }

  function poll() {
    window.clearTimeout(timer);
    if (!token) { return; }
    api('GET', '/api/cards').then(function (answer) {
      if (answer.status === 401) { forget(t('rejoin')); return; }
      if (answer.status === 200) {
        etag = answer.etag;
        data = answer.body;
        render(data);
      }
      schedule();
    }, function () {
      say(t('offline'), true);
      schedule();
    });
  }

  function schedule() {
    window.clearTimeout(timer);
    if (token && !document.hidden) {
      timer = window.setTimeout(poll, POLL_MS + Math.floor(Math.random() * 1500));
    }
  }

  function badge(status) {
    var span = document.createElement('span');
    span.className = 'badge ' + status;
    span.textContent = t(status);
    return span;
  }

  function textOf(card) {
    var div = document.createElement('div');
    div.className = 'text';
    div.textContent = card.text;
    return div;
  }

  function render(room) {
    $('who').textContent = room.session ? t('whoSession', { name: room.name, session: room.session })
      : t('who', { name: room.name });
    fillDimensions(room.dimensions || []);
    var mine = room.cards.filter(function (c) { return c.mine; });
    var list = $('my-cards');
    list.textContent = '';
    mine.slice().reverse().forEach(function (card) {
      var li = document.createElement('li');
      li.appendChild(textOf(card));
      li.appendChild(badge(card.status));
      list.appendChild(li);
    });
    $('none-yet').hidden = mine.length > 0;
    renderVoting(room);
  }

  function renderVoting(room) {
    var voting = room.voting;
    var accepted = room.cards.filter(function (c) { return c.status === 'accepted'; });
    $('vote').hidden = !voting.open || accepted.length === 0;
    if ($('vote').hidden) { return; }
    $('left').textContent = t('left', { left: voting.left, budget: voting.budget });
    var list = $('board-cards');
    list.textContent = '';
    accepted.forEach(function (card) {
      var li = document.createElement('li');
      li.appendChild(textOf(card));
      var dots = document.createElement('div');
      dots.className = 'dots';
      dots.appendChild(voteButton('\u2212', t('less'), card, card.my_votes - 1,
        card.my_votes === 0));
      var count = document.createElement('span');
      count.className = 'mine';
      count.textContent = String(card.my_votes);
      dots.appendChild(count);
      dots.appendChild(voteButton('+', t('more'), card, card.my_votes + 1, voting.left === 0));
      li.appendChild(dots);
      list.appendChild(li);
    });
  }

  function voteButton(label, title, card, votes, disabled) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.title = title;
    button.setAttribute('aria-label', title);
    button.disabled = disabled;
    button.addEventListener('click', function () { vote(card.id, votes); });
    return button;
  }

  function fillDimensions(dimensions) {
    var select = $('dimension');
    var wanted = dimensions.map(function (d) { return d.code; }).join('|') + lang;
    if (select.getAttribute('data-for') === wanted) { return; }
    var chosen = select.value;
    while (select.options.length > 1) { select.remove(1); }
    dimensions.forEach(function (d) {
      var option = document.createElement('option');
      option.value = d.code;
      option.textContent = d.code + ' ' + (lang === 'en' ? d.name_en : d.name_id);
      select.appendChild(option);
    });
    select.value = chosen;
    select.setAttribute('data-for', wanted);
  }

  function vote(cardId, votes) {
    api('POST', '/api/votes', { card_id: cardId, votes: votes }).then(function (answer) {
      if (answer.status === 401) { forget(t('rejoin')); return; }
      say(answer.status === 200 ? '' : (answer.body.error || ''), answer.status !== 200);
      poll();
    }, function () { say(t('offline'), true); });
  }

  function onJoin(event) {
    event.preventDefault();
    var code = $('code').value.trim();
    var name = $('name').value.trim();
    api('POST', '/api/join', { code: code, name: name }).then(function (answer) {
      if (answer.status === 200 && answer.body.token) {
        token = answer.body.token;
        store.setItem('rencana-token', token);
        say('');
        show(true);
        poll();
      } else {
        say(answer.status === 403 ? t('badCode') : (answer.body.error || ''), true);
      }
    }, function () { say(t('offline'), true); });
  }

  function onSend(event) {
    event.preventDefault();
    var text = $('text').value.trim();
    if (!text) { return; }
    cardKey = cardKey || newKey();
    $('send').disabled = true;
    say(t('sending'));
    api('POST', '/api/cards', {
      text: text, kind: $('kind').value, dimension: $('dimension').value, key: cardKey
    }).then(function (answer) {
      $('send').disabled = false;
      if (answer.status === 401) { forget(t('rejoin')); return; }
      if (answer.status === 201) {
        cardKey = '';
        $('text').value = '';
        count();
        say(t('sent'));
        poll();
      } else {
        say(answer.body.error || String(answer.status), true);
      }
    }, function () {
      $('send').disabled = false;
      say(t('offline'), true);
    });
  }

  function count() {
    var length = $('text').value.length;
    $('count').textContent = String(length);
    $('count').parentNode.className = length >= 280 ? 'counter full' : 'counter';
  }

  function start() {
    applyLanguage();
    $('lang').addEventListener('click', function () {
      lang = lang === 'id' ? 'en' : 'id';
      store.setItem('rencana-lang', lang);
      applyLanguage();
    });
    $('join-form').addEventListener('submit', onJoin);
    $('card-form').addEventListener('submit', onSend);
    $('text').addEventListener('input', function () { cardKey = ''; count(); });
    $('leave').addEventListener('click', function () { forget(''); say(''); });
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) { poll(); }
    });
    show(!!token);
    if (token) { poll(); }
  }

  start();
}());
