// The national dashboard. Every figure comes from the national API of this service; the page sends no token of
// its own: in the network the gateway adds the analyst's bearer token to these same-origin requests.
(() => {
  'use strict';

  const I18N = {
    sv: {
      title: 'KLOSS-Net – nationell översikt', skip: 'Hoppa till innehållet',
      heading: 'KLOSS-Net – personrörlighet i siffror', lead: 'Nationell översikt över lärosätenas rörlighetsprogram.',
      filters: 'Urval', year: 'År', allYears: 'Alla år', quarter: 'Kvartal', wholeYear: 'Hela året',
      institution: 'Lärosäte', region: 'Län', direction: 'Riktning', hostSector: 'Mottagarsektor',
      fundingSource: 'Finansiering', programme: 'Program', theme: 'Tema', all: 'Alla', reset: 'Återställ',
      headline: 'Nyckeltal', exchangesPlanned: 'Planerade utbyten', exchangesStarted: 'Startade utbyten',
      exchangesCompleted: 'Genomförda utbyten', personMonths: 'Personmånader', applications: 'Ansökningar',
      grantRate: 'Beviljandegrad', fundsGrantedSek: 'Beviljade medel (kr)', fundsSpentSek: 'Förbrukade medel (kr)',
      outcomes: 'Resultat', avgSurveyScore: 'Medelbetyg (1–5)',
      avgDaysCallCloseToStart: 'Dagar från stängd utlysning till start',
      suppressed: 'Celler med färre än {n} visas inte (..), så att ingen person kan pekas ut.',
      chartByYear: 'Planerade utbyten per år och riktning', chartHostSectors: 'Utbyten per mottagarsektor',
      chartOutcomes: 'Resultat per typ och sida', chartInstitutions: 'Beviljandegrad och personmånader per lärosäte',
      chartSurveys: 'Enkätbetyg per fråga och svarande', byRegion: 'Per län', drilldown: 'Utbytena bakom siffrorna',
      downloadCsv: 'Ladda ner CSV', exchange: 'Utbyte', plannedStart: 'Planerad start', statusColumn: 'Status',
      previous: 'Föregående', next: 'Nästa', page: 'Sida {p} av {n} ({t} utbyten)',
      health: 'Nätverkets hälsa', showSilent: 'Visa även lärosäten utan händelser', lastEvent: 'Senaste händelse',
      events24h: 'Händelser senaste dygnet', lagCall: 'Eftersläpning call', lagExchange: 'Eftersläpning exchange',
      lagFollowup: 'Eftersläpning followup', deadLetters: 'I DLQ', unknownRegion: 'Okänt län', none: '(inget)',
      loading: 'Hämtar siffror …', loaded: 'Siffrorna är uppdaterade.', signIn: 'Logga in som analytiker för att se siffrorna.',
      failed: 'Siffrorna kunde inte hämtas ({s}).', downloaded: 'CSV-filen är nedladdad.', languageButton: 'English',
      OUTBOUND: 'Utåtriktad', INBOUND: 'Inåtriktad', ALLIANCE: 'Kunskapsallians',
      BUSINESS: 'Näringsliv', PUBLIC: 'Offentlig sektor', CIVIL_SOCIETY: 'Civilsamhälle', ACADEMIA: 'Akademi',
      VINNOVA: 'Vinnova', OWN_FUNDS: 'Egna medel', ERASMUS_PLUS: 'Erasmus+', OTHER: 'Annat',
      EXTERNAL: 'Utanför akademin', ACADEMIA_SIDE: 'Inom akademin',
      PARTICIPANT: 'Deltagare', HOST_CONTACT: 'Mottagarens kontakt', MANAGER: 'Chef',
      COURSE_CONTENT: 'Kursinnehåll', STUDENT_THESIS_OR_PROJECT: 'Examensarbete/studentprojekt',
      JOINT_PROJECT_OR_APPLICATION: 'Gemensamt projekt/ansökan', JOINT_PUBLICATION: 'Sampublicering',
      COLLABORATION_AGREEMENT: 'Samverkansavtal', RECRUITMENT: 'Rekrytering', INNOVATION_OR_IP: 'Innovation/IP',
      CONTINUED_COLLABORATION: 'Fortsatt samverkan', PROGRAMME_ADOPTED: 'Programmet infört på annat lärosäte',
      PLANNED: 'Planerat', STARTED: 'Pågår', COMPLETED: 'Genomfört', CANCELLED: 'Avbrutet', REPORTED: 'Rapporterat',
      STALE: 'Inaktuell', ACTIVE: 'Aktiv', SILENT: 'Inga händelser',
      personMonthsAxis: 'Personmånader', grantRateAxis: 'Beviljandegrad (%)'
    },
    en: {
      title: 'KLOSS-Net – national overview', skip: 'Skip to content',
      heading: 'KLOSS-Net – staff mobility in figures', lead: 'National overview of the institutions\u2019 mobility programmes.',
      filters: 'Filters', year: 'Year', allYears: 'All years', quarter: 'Quarter', wholeYear: 'Whole year',
      institution: 'Institution', region: 'Region', direction: 'Direction', hostSector: 'Host sector',
      fundingSource: 'Funding source', programme: 'Programme', theme: 'Theme', all: 'All', reset: 'Reset',
      headline: 'Key figures', exchangesPlanned: 'Exchanges planned', exchangesStarted: 'Exchanges started',
      exchangesCompleted: 'Exchanges completed', personMonths: 'Person-months', applications: 'Applications',
      grantRate: 'Grant rate', fundsGrantedSek: 'Funds granted (SEK)', fundsSpentSek: 'Funds spent (SEK)',
      outcomes: 'Outcomes', avgSurveyScore: 'Average score (1–5)',
      avgDaysCallCloseToStart: 'Days from call close to start',
      suppressed: 'Cells below {n} are not shown (..), so that no person can be singled out.',
      chartByYear: 'Exchanges planned per year and direction', chartHostSectors: 'Exchanges by host sector',
      chartOutcomes: 'Outcomes by type and side', chartInstitutions: 'Grant rate and person-months per institution',
      chartSurveys: 'Survey scores by question and respondent', byRegion: 'By region',
      drilldown: 'The exchanges behind the figures', downloadCsv: 'Download CSV', exchange: 'Exchange',
      plannedStart: 'Planned start', statusColumn: 'Status', previous: 'Previous', next: 'Next',
      page: 'Page {p} of {n} ({t} exchanges)', health: 'Network health',
      showSilent: 'Also show institutions without events', lastEvent: 'Last event', events24h: 'Events, last 24 h',
      lagCall: 'Lag, call', lagExchange: 'Lag, exchange', lagFollowup: 'Lag, followup', deadLetters: 'Dead letters',
      unknownRegion: 'Unknown region', none: '(none)', loading: 'Loading figures …', loaded: 'The figures are up to date.',
      signIn: 'Sign in as an analyst to see the figures.', failed: 'The figures could not be loaded ({s}).',
      downloaded: 'The CSV file has been downloaded.', languageButton: 'Svenska',
      OUTBOUND: 'Outbound', INBOUND: 'Inbound', ALLIANCE: 'Knowledge alliance',
      BUSINESS: 'Business', PUBLIC: 'Public sector', CIVIL_SOCIETY: 'Civil society', ACADEMIA: 'Academia',
      VINNOVA: 'Vinnova', OWN_FUNDS: 'Own funds', ERASMUS_PLUS: 'Erasmus+', OTHER: 'Other',
      EXTERNAL: 'Outside academia', ACADEMIA_SIDE: 'Within academia',
      PARTICIPANT: 'Participant', HOST_CONTACT: 'Host contact', MANAGER: 'Manager',
      COURSE_CONTENT: 'Course content', STUDENT_THESIS_OR_PROJECT: 'Student thesis/project',
      JOINT_PROJECT_OR_APPLICATION: 'Joint project/application', JOINT_PUBLICATION: 'Joint publication',
      COLLABORATION_AGREEMENT: 'Collaboration agreement', RECRUITMENT: 'Recruitment', INNOVATION_OR_IP: 'Innovation/IP',
      CONTINUED_COLLABORATION: 'Continued collaboration', PROGRAMME_ADOPTED: 'Programme adopted elsewhere',
      PLANNED: 'Planned', STARTED: 'Running', COMPLETED: 'Completed', CANCELLED: 'Cancelled', REPORTED: 'Reported',
      STALE: 'Stale', ACTIVE: 'Active', SILENT: 'No events',
      personMonthsAxis: 'Person-months', grantRateAxis: 'Grant rate (%)'
    }
  };
  // Okabe–Ito: distinguishable with every common colour-vision deficiency.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
  const DIRECTIONS = ['OUTBOUND', 'INBOUND', 'ALLIANCE'];
  const SIDES = ['ACADEMIA', 'EXTERNAL'];
  const PAGE_SIZE = 20;

  const state = { lang: 'sv', page: 0, data: {}, charts: {}, generation: 0 };
  const $ = (id) => document.getElementById(id);
  const t = (key) => (I18N[state.lang][key] ?? I18N.sv[key] ?? key);
  const label = (value, side) => value == null ? t('none') : t(side && value === 'ACADEMIA' ? 'ACADEMIA_SIDE' : value);
  const threshold = Number(document.body.dataset.threshold || 3);

  // ---- filters ------------------------------------------------------------------------------------------------
  function filterQuery() {
    const params = new URLSearchParams();
    const year = $('f-year').value;
    const quarter = $('f-quarter').value;
    if (year && quarter) {
      params.set('quarter', `${year}-Q${quarter}`);
    } else if (year) {
      params.set('year', year);
    }
    for (const name of ['institution', 'region', 'direction', 'hostSector', 'fundingSource', 'programme', 'theme']) {
      const value = $('f-' + name).value;
      if (value) params.set(name, value);
    }
    return params;
  }

  function url(path, extra) {
    const params = filterQuery();
    Object.entries(extra || {}).forEach(([k, v]) => params.set(k, v));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      const error = new Error(`HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  async function loadOptions() {
    const options = await getJson('/national/dimensions');
    fillSelect($('f-year'), options.years.map((y) => ({ value: String(y), text: String(y) })));
    fillSelect($('f-programme'), options.programmes.map((p) => ({ value: p.id, text: `${p.name} (${p.institution})` })));
    fillSelect($('f-theme'), options.themes.map((theme) => ({ value: theme, text: theme })));
  }

  function fillSelect(select, items) {
    const chosen = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const item of items) {
      const option = document.createElement('option');
      option.value = item.value;
      option.textContent = item.text;
      select.add(option);
    }
    select.value = items.some((i) => i.value === chosen) ? chosen : '';
  }

  // ---- loading ------------------------------------------------------------------------------------------------
  async function loadAll() {
    const generation = ++state.generation;
    const query = filterQuery().toString();
    document.body.dataset.state = 'loading';
    document.body.dataset.query = query;
    setStatus(t('loading'));
    try {
      const [totals, byYear, bySector, byInstitution, byRegion, outcomes, surveys, exchanges, health] = await Promise.all([
        getJson(url('/national/figures')),
        getJson(url('/national/figures', { groupBy: 'year,direction' })),
        getJson(url('/national/figures', { groupBy: 'hostSector' })),
        getJson(url('/national/figures', { groupBy: 'institution' })),
        getJson(url('/national/figures', { groupBy: 'region' })),
        getJson(url('/national/outcomes')),
        getJson(url('/national/surveys')),
        getJson(url('/national/exchanges', { page: state.page, size: PAGE_SIZE })),
        getJson('/national/health')
      ]);
      if (generation !== state.generation) return; // a newer filter change won
      state.data = { totals, byYear, bySector, byInstitution, byRegion, outcomes, surveys, exchanges, health };
      render();
      setStatus(t('loaded'));
      document.body.dataset.state = 'ready';
    } catch (error) {
      if (generation !== state.generation) return;
      setStatus(error.status === 401 || error.status === 403 ? t('signIn') : t('failed').replace('{s}', error.message));
      document.body.dataset.state = 'error';
    }
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  // ---- rendering ----------------------------------------------------------------------------------------------
  function render() {
    if (!state.data.totals) return;
    renderHeadline();
    renderCharts();
    renderRegions();
    renderDrilldown();
    renderHealth();
  }

  const numberFormat = () => new Intl.NumberFormat(state.lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });

  function format(value, key, row) {
    if (row && Array.isArray(row.suppressed) && row.suppressed.includes(key)) return '..';
    if (value == null) return '–';
    if (key && key.endsWith('Rate')) return numberFormat().format(Number(value) * 100) + ' %';
    return numberFormat().format(Number(value));
  }

  function renderHeadline() {
    const { totals } = state.data;
    const row = totals.rows[0] || {};
    document.querySelectorAll('#headline dd').forEach((dd) => {
      const key = dd.id.substring(2);
      const value = row[key];
      dd.dataset.value = value == null ? '' : String(value);
      dd.textContent = format(value, key, row);
    });
    const note = $('suppression-note');
    note.hidden = !(totals.suppression && totals.suppression.applied);
    note.textContent = t('suppressed').replace('{n}', String(threshold));
  }

  function chart(id, config) {
    const existing = state.charts[id];
    if (existing) {
      existing.data = config.data;
      existing.options = config.options;
      existing.update('none');
      return existing;
    }
    const created = new Chart($(id), config);
    state.charts[id] = created;
    return created;
  }

  const baseOptions = (extra) => Object.assign({
    responsive: true, maintainAspectRatio: false, animation: false,
    plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } } },
    scales: {
      x: { ticks: { color: '#1b1b1b' }, grid: { color: '#d0d0d0' } },
      y: { beginAtZero: true, ticks: { color: '#1b1b1b', precision: 0 }, grid: { color: '#d0d0d0' } }
    }
  }, extra || {});

  function describe(canvasId, parts) {
    $(canvasId).setAttribute('aria-label', parts.join('; '));
  }

  function renderCharts() {
    const { byYear, bySector, byInstitution, outcomes, surveys } = state.data;

    const years = [...new Set(byYear.rows.map((r) => r.year).filter((y) => y != null))].sort();
    const yearSets = DIRECTIONS.map((direction, i) => ({
      label: label(direction),
      data: years.map((year) => {
        const row = byYear.rows.find((r) => r.year === year && r.direction === direction);
        return row ? row.exchangesPlanned : 0;
      }),
      backgroundColor: PALETTE[i]
    }));
    chart('chart-byYear', { type: 'bar', data: { labels: years.map(String), datasets: yearSets },
      options: baseOptions({ scales: { x: { stacked: true, ticks: { color: '#1b1b1b' } },
        y: { stacked: true, beginAtZero: true, ticks: { color: '#1b1b1b', precision: 0 } } } }) });
    describe('chart-byYear', years.map((y, i) => `${y}: ` + yearSets.map((s) => `${s.label} ${s.data[i] ?? '..'}`).join(', ')));

    const sectors = bySector.rows.filter((r) => r.hostSector != null);
    chart('chart-hostSectors', { type: 'doughnut',
      data: { labels: sectors.map((r) => label(r.hostSector)),
        datasets: [{ data: sectors.map((r) => r.exchangesPlanned), backgroundColor: PALETTE }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } } } } });
    describe('chart-hostSectors', sectors.map((r) => `${label(r.hostSector)} ${format(r.exchangesPlanned, 'exchangesPlanned', r)}`));

    const types = [...new Set(outcomes.rows.map((r) => r.outcomeType))];
    chart('chart-outcomes', { type: 'bar',
      data: { labels: types.map((type) => label(type)),
        datasets: SIDES.map((side, i) => ({ label: label(side, true), backgroundColor: PALETTE[i + 2],
          data: types.map((type) => {
            const row = outcomes.rows.find((r) => r.outcomeType === type && r.outcomeSide === side);
            return row ? row.outcomes : 0;
          }) })) },
      options: baseOptions() });
    describe('chart-outcomes', outcomes.rows.map((r) => `${label(r.outcomeType)} ${label(r.outcomeSide, true)} ${format(r.outcomes, 'outcomes', r)}`));

    const institutions = byInstitution.rows.filter((r) => r.institution != null);
    chart('chart-institutions', { type: 'bar',
      data: { labels: institutions.map((r) => r.institution),
        datasets: [
          { type: 'bar', label: t('grantRateAxis'), yAxisID: 'rate', backgroundColor: PALETTE[0],
            data: institutions.map((r) => r.grantRate == null ? null : Math.round(Number(r.grantRate) * 1000) / 10) },
          { type: 'line', label: t('personMonthsAxis'), yAxisID: 'months', borderColor: PALETTE[5],
            backgroundColor: PALETTE[5], data: institutions.map((r) => r.personMonths == null ? null : Number(r.personMonths)) }
        ] },
      options: baseOptions({ scales: {
        x: { ticks: { color: '#1b1b1b' } },
        rate: { type: 'linear', position: 'left', beginAtZero: true, max: 100, title: { display: true, text: t('grantRateAxis') } },
        months: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
          title: { display: true, text: t('personMonthsAxis') } } } }) });
    describe('chart-institutions', institutions.map((r) => `${r.institution}: ${format(r.grantRate, 'grantRate', r)}, ${format(r.personMonths, 'personMonths', r)}`));

    const questions = [...new Set(surveys.rows.map((r) => r.question))].sort();
    const roles = [...new Set(surveys.rows.map((r) => r.respondentRole))];
    chart('chart-surveys', { type: 'bar',
      data: { labels: questions,
        datasets: roles.map((role, i) => ({ label: label(role), backgroundColor: PALETTE[i],
          data: questions.map((q) => {
            const row = surveys.rows.find((r) => r.question === q && r.respondentRole === role);
            return row && row.avgSurveyScore != null ? Number(row.avgSurveyScore) : null;
          }) })) },
      options: baseOptions({ indexAxis: 'y', scales: { x: { min: 0, max: 5, ticks: { color: '#1b1b1b' } },
        y: { ticks: { color: '#1b1b1b' } } } }) });
    describe('chart-surveys', surveys.rows.map((r) => `${r.question} ${label(r.respondentRole)} ${format(r.avgSurveyScore, 'avgSurveyScore', r)}`));
  }

  function cell(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function renderRegions() {
    const body = $('region-table').tBodies[0];
    body.replaceChildren();
    for (const row of state.data.byRegion.rows) {
      const tr = document.createElement('tr');
      tr.dataset.region = row.region ?? '';
      tr.append(cell('th', row.regionName ?? row.region ?? t('unknownRegion')));
      tr.firstChild.scope = 'row';
      for (const key of ['exchangesPlanned', 'exchangesCompleted', 'personMonths', 'grantRate', 'outcomes']) {
        const td = cell('td', format(row[key], key, row), 'num');
        td.dataset.key = key;
        tr.append(td);
      }
      body.append(tr);
    }
  }

  function renderDrilldown() {
    const { exchanges } = state.data;
    const body = $('drilldown-table').tBodies[0];
    body.replaceChildren();
    for (const row of exchanges.rows) {
      const tr = document.createElement('tr');
      tr.dataset.exchange = row.exchangeId;
      tr.append(cell('td', row.institution), cell('td', row.exchangeId), cell('td', row.programmeName ?? '–'),
        cell('td', label(row.direction)), cell('td', label(row.hostSector)), cell('td', row.plannedStart ?? '–'),
        cell('td', label(row.status)), cell('td', format(row.personMonths), 'num'), cell('td', format(row.outcomes), 'num'));
      body.append(tr);
    }
    const paging = exchanges.paging;
    const pages = Math.max(1, Math.ceil(paging.total / paging.size));
    $('page-info').textContent = t('page').replace('{p}', paging.page + 1).replace('{n}', pages).replace('{t}', paging.total);
    $('page-prev').disabled = paging.page === 0;
    $('page-next').disabled = paging.page + 1 >= pages;
  }

  function renderHealth() {
    const body = $('health-table').tBodies[0];
    body.replaceChildren();
    const showSilent = $('show-silent').checked;
    const dateFormat = new Intl.DateTimeFormat(state.lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
    for (const row of state.data.health.rows) {
      if (row.status === 'SILENT' && !showSilent) continue;
      const tr = document.createElement('tr');
      tr.dataset.institution = row.institution;
      tr.dataset.status = row.status;
      const name = cell('th', row.institutionName ? `${row.institutionName} (${row.institution})` : row.institution);
      name.scope = 'row';
      const status = document.createElement('td');
      status.append(cell('span', t(row.status), `badge ${row.status.toLowerCase()}`));
      tr.append(name, status,
        cell('td', row.lastEventAt ? dateFormat.format(new Date(row.lastEventAt)) : '–'),
        cell('td', format(row.eventsLast24h), 'num'), cell('td', format(row.callLag), 'num'),
        cell('td', format(row.exchangeLag), 'num'), cell('td', format(row.followupLag), 'num'),
        cell('td', format(row.deadLetters), 'num'));
      body.append(tr);
    }
  }

  // ---- language -----------------------------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach((element) => {
      element.textContent = t(element.dataset.i18n);
    });
    document.querySelectorAll('option[data-sv]').forEach((option) => {
      option.textContent = option.dataset[state.lang];
    });
    const button = $('language');
    button.textContent = t('languageButton');
    button.lang = state.lang === 'sv' ? 'en' : 'sv';
    button.setAttribute('aria-pressed', String(state.lang === 'en'));
    if (document.body.dataset.state === 'ready') setStatus(t('loaded'));
    render();
  }

  // ---- CSV download -------------------------------------------------------------------------------------------
  async function downloadCsv() {
    const response = await fetch(url('/national/exchanges', { format: 'csv' }), { credentials: 'same-origin' });
    if (!response.ok) {
      setStatus(t('failed').replace('{s}', `HTTP ${response.status}`));
      return;
    }
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'exchanges.csv';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    setStatus(t('downloaded'));
  }

  // ---- wiring -------------------------------------------------------------------------------------------------
  document.addEventListener('DOMContentLoaded', async () => {
    $('filters').addEventListener('change', () => { state.page = 0; loadAll(); });
    $('filters').addEventListener('submit', (event) => event.preventDefault());
    $('filters').addEventListener('reset', () => setTimeout(() => { state.page = 0; loadAll(); }, 0));
    $('language').addEventListener('click', () => { state.lang = state.lang === 'sv' ? 'en' : 'sv'; applyLanguage(); });
    $('download-drilldown').addEventListener('click', downloadCsv);
    $('page-prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadAll(); });
    $('page-next').addEventListener('click', () => { state.page += 1; loadAll(); });
    $('show-silent').addEventListener('change', () => renderHealth());
    try {
      await loadOptions();
    } catch (error) {
      setStatus(error.status === 401 || error.status === 403 ? t('signIn') : t('failed').replace('{s}', error.message));
      document.body.dataset.state = 'error';
      return;
    }
    applyLanguage();
    loadAll();
  });
})();
