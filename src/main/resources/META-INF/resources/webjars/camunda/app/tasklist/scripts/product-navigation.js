// The product's own pages in the Tasklist's header, beside its name: the same navigation (and the same per-role
// choice) as the pages' header, read from /api/navigation with the session the Tasklist signed in.
const BAR_ID = 'rh-product-navigation';

async function showProductNavigation() {
  const header = document.querySelector('[cam-widget-header] .navbar-header');
  if (document.getElementById(BAR_ID) || !header || !document.querySelector('[cam-widget-header] .navbar-brand')) {
    return;
  }
  let items;
  try {
    const answer = await fetch('/api/navigation', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    items = answer.ok ? await answer.json() : [];
  } catch (e) {
    items = [];
  }
  if (items.length === 0 || document.getElementById(BAR_ID)) {
    return;
  }
  const bar = document.createElement('nav');
  bar.id = BAR_ID;
  bar.setAttribute('aria-label', 'Rechtshulp');
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.href;
    link.textContent = item.label;
    if (item.id === 'tasklist') {
      link.setAttribute('aria-current', 'page');
    }
    entry.appendChild(link);
    list.appendChild(entry);
  }
  bar.appendChild(list);
  header.appendChild(bar);
}

// The Tasklist signs in (and draws its header) without reloading the page: look again until both are there.
showProductNavigation();
const retry = setInterval(() => {
  if (document.getElementById(BAR_ID)) {
    clearInterval(retry);
  } else {
    showProductNavigation();
  }
}, 2000);

export default {};
